/**
 * A plan's chart → DrawingML: a drawing part (where the chart sits on the sheet) and a chart part
 * (a clustered column chart whose series refer to the sheet's cells, with cached values so a
 * reader shows it before recalculating, and the plan's point colours). Pure and browser-safe.
 */
import { rangeOf } from "../output/addresses";
import type { PlanCell, PlanChart } from "../output/sheetPlan";
import { isPlanFormula } from "../output/sheetPlan";
import { columnLetters } from "../engine/cells";
import { escapeXml, XML_DECLARATION } from "./xmlText";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** One chart on a drawing: the plan's chart and the relationship id of its chart part. */
export interface DrawnChart {
  readonly chart: PlanChart;
  readonly relationshipId: string;
}

/**
 * The drawing part holding the sheet's charts.
 * @param charts - the charts and their relationship ids (from the drawing's rels)
 * @returns the part's XML
 */
export function drawingXml(charts: readonly DrawnChart[]): string {
  const anchors = charts.map(({ chart, relationshipId }, k) => {
    const from = rangeOf(chart.from);
    const to = rangeOf(chart.to);
    const marker = (tag: string, column: number, row: number): string =>
      `<xdr:${tag}><xdr:col>${column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor>${marker("from", from.left, from.top)}${marker("to", to.right, to.bottom)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${relationshipId}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${anchors.join("")}</xdr:wsDr>`;
}

/** An absolute reference to a range on a sheet, e.g. `'CCG Summary'!$A$2:$A$200`. */
function sheetReference(sheetName: string, address: string): string {
  const range = rangeOf(address);
  const corner = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
  const first = corner(range.top, range.left);
  const last = corner(range.bottom, range.right);
  return `'${sheetName.replace(/'/g, "''")}'!${first === last ? first : `${first}:${last}`}`;
}

/** The values a range shows, row by row then column by column. */
function rangeValues(
  cells: readonly (readonly PlanCell[])[],
  address: string
): (string | number | boolean | null)[] {
  const range = rangeOf(address);
  const values: (string | number | boolean | null)[] = [];
  for (let r = range.top; r <= range.bottom; r += 1)
    for (let c = range.left; c <= range.right; c += 1) {
      const cell = cells[r - 1]?.[c - 1];
      values.push(isPlanFormula(cell) ? (cell.result ?? null) : (cell ?? null));
    }
  return values;
}

function stringCache(values: readonly (string | number | boolean | null)[]): string {
  const points = values
    .map((v, k) => (v === null ? "" : `<c:pt idx="${k}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: readonly (string | number | boolean | null)[]): string {
  const points = values
    .map((v, k) =>
      typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>` : ""
    )
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

const solid = (hex: string): string =>
  `<c:spPr><a:solidFill><a:srgbClr val="${hex.toUpperCase()}"/></a:solidFill></c:spPr>`;

/** Excel's default series colours (accent 1, accent 2 of the Office theme). */
const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/**
 * The chart part of one plan chart.
 * @param chart - the plan's chart
 * @param sheetName - the sheet its ranges are on
 * @param cells - that sheet's cells (for the cached values)
 * @returns the part's XML
 */
export function chartXml(
  chart: PlanChart,
  sheetName: string,
  cells: readonly (readonly PlanCell[])[]
): string {
  const categories = rangeValues(cells, chart.categories);
  const series = chart.series.map((s, k) => {
    const colour = SERIES_COLOURS[k % SERIES_COLOURS.length] ?? "4472C4";
    const points = (s.pointColours ?? [])
      .map((hex, idx) =>
        hex === null || hex === undefined
          ? ""
          : `<c:dPt><c:idx val="${idx}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${solid(hex)}</c:dPt>`
      )
      .join("");
    return (
      `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${solid(colour)}` +
      `<c:invertIfNegative val="0"/>${points}` +
      `<c:cat><c:strRef><c:f>${escapeXml(sheetReference(sheetName, chart.categories))}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(sheetReference(sheetName, s.values))}</c:f>${numberCache(rangeValues(cells, s.values))}</c:numRef></c:val>` +
      "</c:ser>"
    );
  });
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>';
  const axes =
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/><c:crossAx val="500000002"/>' +
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${series.join("")}<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>${axes}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
