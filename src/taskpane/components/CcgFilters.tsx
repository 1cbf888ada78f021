/** Filters of the CCG table: text (code or name) and rating. */
import { Field, Input, Select, makeStyles } from "@fluentui/react-components";
import { memo } from "react";
import type { Rating } from "../../engine/types";
import type { CcgFilter } from "../state/ccgTable";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 120px",
    columnGap: "8px",
    alignItems: "end",
  },
});

/** Props of {@link CcgFilters}. */
export interface CcgFiltersProps {
  readonly filter: CcgFilter;
  readonly onChange: (filter: Partial<CcgFilter>) => void;
}

/** Text box (`data-testid="ccg-filter-text"`) and rating dropdown (`data-testid="ccg-filter-rating"`). */
export const CcgFilters = memo(function CcgFilters({
  filter,
  onChange,
}: CcgFiltersProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label="Find a CCG" size="small">
        <Input
          size="small"
          type="search"
          placeholder="Code or name"
          value={filter.text}
          data-testid="ccg-filter-text"
          onChange={(_, data) => onChange({ text: data.value })}
        />
      </Field>
      <Field label="Rating" size="small">
        <Select
          size="small"
          value={filter.rating}
          data-testid="ccg-filter-rating"
          onChange={(_, data) => onChange({ rating: data.value as Rating | "all" })}
        >
          <option value="all">All ratings</option>
          <option value="RED">Red</option>
          <option value="AMBER">Amber</option>
          <option value="GREEN">Green</option>
        </Select>
      </Field>
    </div>
  );
});
