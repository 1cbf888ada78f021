// The CCG table draws only the rows in view (issue #13) and moves the focus by keys (issue #14): the
// window always covers what is in view, checked against a scan of every row and scroll position.
import {
  OVERSCAN_ROWS,
  rowAfterKey,
  rowWindow,
  rowsToDraw,
  scrollToShowRow,
} from "../../../src/taskpane/state/rowWindow";
import { FULL_LAYOUT_MIN_WIDTH_PX, tableLayout } from "../../../src/taskpane/state/ccgTableLayout";

describe("rowWindow", () => {
  test("draws every row while the viewport's height is not known", () => {
    expect(rowWindow({ scrolledPx: 0, viewportPx: 0, rowHeightPx: 28, rowCount: 210 })).toEqual({
      first: 0,
      last: 209,
    });
    expect(rowWindow({ scrolledPx: 0, viewportPx: 0, rowHeightPx: 28, rowCount: 0 }).last).toBe(-1);
  });

  test("every row partly in view is drawn, at every scroll position (brute force), and few others", () => {
    const missed: string[] = [];
    for (const rowHeightPx of [28, 40]) {
      for (const rowCount of [1, 5, 13, 210]) {
        const viewportPx = 300;
        const maxScroll = Math.max(0, rowCount * rowHeightPx - viewportPx);
        for (let scrolledPx = 0; scrolledPx <= maxScroll; scrolledPx += 7) {
          // The table rounds the scroll position down by up to 3 rows of 28 px before asking.
          const asked = Math.floor(scrolledPx / 84) * 84;
          const { first, last } = rowWindow({
            scrolledPx: asked,
            viewportPx,
            rowHeightPx,
            rowCount,
          });
          for (let index = 0; index < rowCount; index++) {
            const top = index * rowHeightPx;
            const inView = top + rowHeightPx > scrolledPx && top < scrolledPx + viewportPx;
            if (inView && (index < first || index > last)) missed.push(`${scrolledPx}:${index}`);
          }
          expect(last - first + 1).toBeLessThanOrEqual(
            Math.ceil(viewportPx / rowHeightPx) + 2 + 2 * OVERSCAN_ROWS
          );
        }
      }
    }
    expect(missed).toEqual([]);
  });

  test("the focused row is drawn even when scrolled out of the window", () => {
    expect(rowsToDraw({ first: 10, last: 12 }, 2)).toEqual([2, 10, 11, 12]);
    expect(rowsToDraw({ first: 10, last: 12 }, 40)).toEqual([10, 11, 12, 40]);
    expect(rowsToDraw({ first: 10, last: 12 }, 11)).toEqual([10, 11, 12]);
    expect(rowsToDraw({ first: 0, last: -1 }, null)).toEqual([]);
  });
});

describe("rowAfterKey", () => {
  test("up, down, home, end and pages, kept within the table", () => {
    expect(rowAfterKey("ArrowDown", 3, 210, 10)).toBe(4);
    expect(rowAfterKey("ArrowUp", 3, 210, 10)).toBe(2);
    expect(rowAfterKey("ArrowUp", 0, 210, 10)).toBe(0);
    expect(rowAfterKey("ArrowDown", 209, 210, 10)).toBe(209);
    expect(rowAfterKey("Home", 50, 210, 10)).toBe(0);
    expect(rowAfterKey("End", 50, 210, 10)).toBe(209);
    expect(rowAfterKey("PageDown", 50, 210, 10)).toBe(60);
    expect(rowAfterKey("PageUp", 5, 210, 10)).toBe(0);
    expect(rowAfterKey("PageDown", 205, 210, 10)).toBe(209);
    expect(rowAfterKey("PageDown", 5, 210, 0)).toBe(6);
  });
});

describe("scrollToShowRow", () => {
  test("scrolls as little as needed, and not at all for a row in view", () => {
    expect(scrollToShowRow(0, 280, 28, 5)).toBe(0);
    expect(scrollToShowRow(0, 280, 28, 20)).toBe(308);
    expect(scrollToShowRow(500, 280, 28, 3)).toBe(84);
  });
});

describe("tableLayout", () => {
  test("at Excel's pane widths: code (with the name under it), rating, population, headroom per head", () => {
    for (const width of [270, 300, 400, 450]) {
      const layout = tableLayout(width);
      expect(layout.kind).toBe("compact");
      expect(layout.columns.map((column) => column.id)).toEqual([
        "code",
        "rating",
        "population",
        "headroomPerHead",
      ]);
      const fixed = Object.values(layout.widthsPx).reduce((sum, w) => sum + (w ?? 0), 0);
      // The code column keeps room for a code at the narrowest pane (320 px less the pane's margins).
      expect(270 - fixed).toBeGreaterThanOrEqual(60);
    }
  });

  test("where there is room every column, the name taking the rest; unknown width: every column", () => {
    expect(tableLayout(FULL_LAYOUT_MIN_WIDTH_PX).kind).toBe("full");
    expect(tableLayout(FULL_LAYOUT_MIN_WIDTH_PX - 1).kind).toBe("compact");
    expect(tableLayout(0).columns).toHaveLength(10);
    expect(tableLayout(938).widthsPx.name).toBeUndefined();
  });
});
