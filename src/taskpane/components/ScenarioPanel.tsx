/**
 * Section 5, Scenarios (SPEC §5, §8.3; issue #12): scenario mode on and off; the practices of the
 * selected CCG with checkboxes; "Move to…" another CCG or a new code (a split); "Merge with…"; undo and
 * redo; merge suggestions with "Try this merge"; the CCGs touched, before → after; saving the scenario as
 * a column of the `Scenarios` sheet and loading one back. Selecting on the map is in MapView.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import { CCG_CODE_PATTERN, normaliseCcgCode } from "../../engine/codes";
import { freeCcgCode, practicesInCcg } from "../state/scenarioEdits";
import type { ScenarioMode } from "../state/useScenario";
import { ratingBadgeText, useRatingBadgeClasses } from "./RatingBadge";
import { ScenarioComparison } from "./ScenarioComparison";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "6px", alignItems: "end" },
  list: {
    maxHeight: "200px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "2px 4px",
    display: "flex",
    flexDirection: "column",
  },
  group: { display: "flex", flexDirection: "column", rowGap: "6px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  suggestions: { margin: 0, paddingLeft: "16px" },
  code: { width: "7em" },
});

/** Props of {@link ScenarioPanel}. */
export interface ScenarioPanelProps {
  readonly kind: "excel" | "preview";
  readonly mode: ScenarioMode;
  /** The analysis as analysed (null before the first). */
  readonly baseline: AnalysisResult | null;
  /** The analysis shown: the scenario's when one is active. */
  readonly shown: AnalysisResult | null;
  readonly selectedCcg: string | null;
  /** Something else is running (reading, analysing, writing). */
  readonly busy: boolean;
}

/** "3 practices". */
const practices = (count: number) =>
  `${count.toLocaleString("en-GB")} practice${count === 1 ? "" : "s"}`;

/** The scenarios section (`data-testid="section-scenario"`). */
export function ScenarioPanel({
  kind,
  mode,
  baseline,
  shown,
  selectedCcg,
  busy,
}: ScenarioPanelProps): JSX.Element {
  const styles = useStyles();
  const badges = useRatingBadgeClasses();
  const listId = useId();
  const { state, footprint, outcome } = mode;
  const [target, setTarget] = useState("");
  const [mergeInto, setMergeInto] = useState("");
  const [loadName, setLoadName] = useState("");
  const codes = useMemo(() => (shown?.ccgs ?? []).map((ccg) => ccg.code), [shown]);
  const usedCodes = useMemo(() => new Set(codes), [codes]);
  const inSelected = useMemo(
    () =>
      footprint === null || selectedCcg === null
        ? []
        : practicesInCcg(footprint, new Map(), selectedCcg),
    [footprint, selectedCcg]
  );
  const suggestion = mode.suggestions?.find((s) => s.code === selectedCcg) ?? null;
  const { active } = state;
  const { readSaved } = mode;
  useEffect(() => {
    if (active && state.savedNames === null) void readSaved();
  }, [active, state.savedNames, readSaved]);
  const savedNames = state.savedNames ?? [];
  const chosenLoad = savedNames.includes(loadName) ? loadName : (savedNames[0] ?? "");

  const wanted = normaliseCcgCode(target.trim());
  const targetProblem =
    wanted === ""
      ? "Type a CCG code, or choose New CCG code."
      : usedCodes.has(wanted) || CCG_CODE_PATTERN.test(wanted)
        ? null
        : `'${target.trim()}' is not a CCG code (two digits and a letter, such as 07L, or an E38 code).`;
  const disabled = busy || state.busy || baseline === null;

  const intro = (
    <Caption1>
      Model another footprint: select practices on the map (click, shift-click to add, or Select by
      box and drag) or in the list of the selected CCG, then move them to another CCG or to a new
      one, or merge two CCGs. The RAG counts, the table, the details and the map show the scenario
      while scenario mode is on.
    </Caption1>
  );

  return (
    <Section
      id="scenario"
      step={5}
      title="Scenarios"
      messages={state.messages}
      onDismiss={mode.dismiss}
    >
      <Switch
        label="Scenario mode"
        checked={active}
        disabled={baseline === null}
        onChange={(_, data) => mode.setActive(data.checked)}
        data-testid="scenario-mode"
      />
      {baseline === null && <Caption1>Analyse first; then scenarios can be modelled.</Caption1>}
      {baseline !== null && !active && intro}
      {baseline !== null && active && (
        <>
          <div className={styles.row} role="toolbar" aria-label="Scenario history">
            <Button
              size="small"
              disabled={disabled || state.edits.undo.length === 0}
              onClick={mode.undo}
              data-testid="scenario-undo"
            >
              Undo
            </Button>
            <Button
              size="small"
              disabled={disabled || state.edits.redo.length === 0}
              onClick={mode.redo}
              data-testid="scenario-redo"
            >
              Redo
            </Button>
            <Button
              size="small"
              disabled={disabled || state.edits.proposed.size === 0}
              onClick={mode.reset}
              data-testid="scenario-reset"
            >
              Back to as analysed
            </Button>
          </div>
          <Caption1 data-testid="scenario-summary">
            {practices(state.edits.proposed.size)} moved from the footprint as analysed;{" "}
            {practices(state.selected.size)} selected.
          </Caption1>

          <div className={styles.group}>
            <h3 className={styles.heading}>Move the selected practices</h3>
            <div className={styles.row}>
              <Field
                label="To CCG"
                validationState={target !== "" && targetProblem !== null ? "error" : "none"}
                validationMessage={target !== "" ? (targetProblem ?? undefined) : undefined}
              >
                <Input
                  className={styles.code}
                  value={target}
                  list={listId}
                  onChange={(_, data) => setTarget(data.value)}
                  data-testid="scenario-target"
                />
              </Field>
              <datalist id={listId}>
                {codes.map((code) => (
                  <option key={code} value={code} />
                ))}
              </datalist>
              <Button
                size="small"
                disabled={disabled}
                onClick={() => setTarget(freeCcgCode(usedCodes))}
                data-testid="scenario-new-code"
              >
                New CCG code
              </Button>
              <Button
                appearance="primary"
                size="small"
                disabled={disabled || state.selected.size === 0 || targetProblem !== null}
                onClick={() => mode.moveSelected(wanted)}
                data-testid="scenario-move"
              >
                Move {practices(state.selected.size)}
              </Button>
            </div>
          </div>

          {selectedCcg === null ? (
            <Caption1>Select a CCG (in the table or on the map) to list its practices.</Caption1>
          ) : (
            <div className={styles.group}>
              <h3 className={styles.heading}>Practices of {selectedCcg}</h3>
              <div className={styles.row}>
                <Button
                  size="small"
                  disabled={disabled || inSelected.length === 0}
                  onClick={() => mode.select(inSelected, "add")}
                  data-testid="scenario-select-all"
                >
                  Select all {inSelected.length}
                </Button>
                <Button
                  size="small"
                  disabled={disabled || state.selected.size === 0}
                  onClick={() => mode.select([], "replace")}
                  data-testid="scenario-select-none"
                >
                  Clear selection
                </Button>
              </div>
              <div className={styles.list} role="group" aria-label={`Practices of ${selectedCcg}`}>
                {inSelected.map((practice) => {
                  const code = baseline.practices.code[practice] ?? "";
                  const name = baseline.practices.name?.[practice] ?? "";
                  const size = baseline.practices.listSize[practice] ?? 0;
                  return (
                    <Checkbox
                      key={practice}
                      label={`${code} ${name} (${size.toLocaleString("en-GB")})`}
                      checked={state.selected.has(practice)}
                      disabled={disabled}
                      onChange={() => mode.select([practice], "toggle")}
                      data-testid={`scenario-practice-${code}`}
                    />
                  );
                })}
              </div>
              <div className={styles.row}>
                <Field label={`Merge ${selectedCcg} into`}>
                  <Select
                    value={mergeInto}
                    onChange={(_, data) => setMergeInto(data.value)}
                    data-testid="scenario-merge-into"
                  >
                    <option value="">Choose a CCG</option>
                    {codes
                      .filter((code) => code !== selectedCcg)
                      .map((code) => (
                        <option key={code} value={code}>
                          {code}
                        </option>
                      ))}
                  </Select>
                </Field>
                <Button
                  size="small"
                  disabled={disabled || mergeInto === "" || mergeInto === selectedCcg}
                  onClick={() => mode.merge(selectedCcg, mergeInto)}
                  data-testid="scenario-merge"
                >
                  Merge
                </Button>
              </div>
              <h3 className={styles.heading}>Suggested merges for {selectedCcg}</h3>
              {mode.suggestions === null ? (
                <Caption1>Working out the suggestions…</Caption1>
              ) : suggestion === null || suggestion.partners.length === 0 ? (
                <Caption1 data-testid="scenario-no-suggestions">
                  None: suggestions are for CCGs red or amber on size or finance (as analysed) with
                  a neighbouring CCG.
                </Caption1>
              ) : (
                <ul className={styles.suggestions} data-testid="scenario-suggestions">
                  {suggestion.partners.map((partner) => (
                    <li key={partner.code}>
                      With {partner.code}
                      {partner.name === null ? "" : ` ${partner.name}`}: population{" "}
                      {partner.population.toLocaleString("en-GB")}, headroom £
                      {Math.round(partner.headroom).toLocaleString("en-GB")},{" "}
                      <span className={badges[partner.rating]}>
                        {ratingBadgeText(partner.rating)}
                      </span>{" "}
                      <Button
                        size="small"
                        disabled={disabled}
                        onClick={() => mode.merge(selectedCcg, partner.code)}
                        data-testid={`scenario-try-${partner.code}`}
                      >
                        Try this merge
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}

          {outcome !== null && (
            <ScenarioComparison
              comparison={outcome.comparison}
              totalCcgs={outcome.result.ccgs.length}
            />
          )}

          <div className={styles.group}>
            <h3 className={styles.heading}>Save and load</h3>
            <div className={styles.row}>
              <Field label="Scenario name">
                <Input
                  value={state.name}
                  onChange={(_, data) => mode.setName(data.value)}
                  data-testid="scenario-name"
                />
              </Field>
              <Button
                appearance="primary"
                size="small"
                disabled={disabled || state.edits.proposed.size === 0}
                onClick={() => void mode.save()}
                data-testid="scenario-save"
              >
                {state.busy ? "Working…" : "Save to the Scenarios sheet"}
              </Button>
            </div>
            <Caption1>
              Saved as a new column of the workbook&apos;s Scenarios sheet (Practice code, then one
              column per scenario; blank means unchanged)
              {kind === "preview" ? ", in the workbook to download" : ""}. Nothing already in the
              sheet is changed.
            </Caption1>
            {savedNames.length > 0 && (
              <div className={styles.row}>
                <Field label="Saved scenario">
                  <Select
                    value={chosenLoad}
                    onChange={(_, data) => setLoadName(data.value)}
                    data-testid="scenario-saved"
                  >
                    {savedNames.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Button
                  size="small"
                  disabled={disabled || chosenLoad === ""}
                  onClick={() => void mode.load(chosenLoad)}
                  data-testid="scenario-load"
                >
                  Load
                </Button>
              </div>
            )}
          </div>
        </>
      )}
    </Section>
  );
}
