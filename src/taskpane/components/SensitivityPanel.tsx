/**
 * The running-cost what-if (issue #13): a £/head slider and box, fixed-costs and support boxes; the
 * results above and below follow at once, without re-running the geography, and a small chart shows
 * the red, amber and green counts across the range with the selected CCG's break-even points marked.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Slider,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { memo, useCallback, useMemo, useState } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import {
  ambiguousMarkQuestion,
  formatPoundsInLocale,
  numberFormat,
  parseLocaleNumber,
} from "../state/localeNumber";
import {
  WhatIfSettings,
  countsAcrossRange,
  isWhatIf,
  sliderRange,
  valuesInUse,
} from "../state/whatIf";
import { ChartMarker, SensitivityChart } from "./SensitivityChart";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
    padding: "10px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  sliderRow: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 96px", columnGap: "8px" },
  boxes: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: "8px" },
  inUse: { fontVariantNumeric: "tabular-nums" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link SensitivityPanel}. */
export interface SensitivityPanelProps {
  /** The analysis as computed. */
  readonly result: AnalysisResult;
  /** The analysis at the what-if. */
  readonly shown: AnalysisResult;
  readonly settings: WhatIfSettings;
  readonly selectedCcg: string | null;
  /** BCP 47 locale for typing and showing numbers (navigator.language). */
  readonly locale: string;
  readonly onChange: (change: Partial<WhatIfSettings>) => void;
}

interface NumberBoxProps {
  readonly label: string;
  readonly value: number;
  /** An amount per head, shown with pence (else whole pounds). */
  readonly perHead: boolean;
  readonly locale: string;
  readonly testId: string;
  readonly onValue: (value: number) => void;
}

/** What is typed in a box, and the value in force when it was typed. */
interface Draft {
  readonly text: string;
  readonly value: number;
}

/**
 * A box for an amount typed in the user's locale. It shows the value in force when it is not being typed,
 * or when the value changes elsewhere (the slider, the reset); "22,5" in a locale that groups with a comma
 * is read as 22.50 and questioned, as in the assumptions editor.
 */
const NumberBox = memo(function NumberBox({
  label,
  value,
  perHead,
  locale,
  testId,
  onValue,
}: NumberBoxProps): JSX.Element {
  const [draft, setDraft] = useState<Draft | null>(null);
  // The value changed elsewhere: what was typed gives way to it.
  if (draft !== null && draft.value !== value) setDraft(null);
  const typed = draft !== null && draft.value === value ? draft.text : null;
  const parsed = typed === null ? value : parseLocaleNumber(typed, locale);
  const problem =
    typed !== null && (parsed === null || parsed < 0)
      ? `'${typed}' is not an amount in £ (for example ${formatPoundsInLocale(22.5, locale)})`
      : null;
  const question =
    typed === null || problem !== null
      ? null
      : ambiguousMarkQuestion(
          typed,
          `${formatPoundsInLocale(value, locale)}${perHead ? " per head" : ""}`,
          locale
        );
  const shownText =
    typed ??
    numberFormat(locale, {
      minimumFractionDigits: perHead ? 2 : 0,
      maximumFractionDigits: perHead ? 2 : 0,
      useGrouping: !perHead,
    }).format(value);
  return (
    <Field
      label={label}
      validationState={problem !== null ? "error" : question !== null ? "warning" : "none"}
      validationMessage={problem ?? question ?? undefined}
    >
      <Input
        value={shownText}
        inputMode="decimal"
        data-testid={testId}
        onChange={(_, data) => {
          const next = parseLocaleNumber(data.value, locale);
          const usable = next !== null && next >= 0;
          setDraft({ text: data.value, value: usable ? next : value });
          if (usable) onValue(next);
        }}
        onBlur={() => {
          if (problem === null && question === null) setDraft(null);
        }}
      />
    </Field>
  );
});

/** The what-if panel (`data-testid="sensitivity-panel"`). */
export function SensitivityPanel(props: SensitivityPanelProps): JSX.Element {
  const styles = useStyles();
  const { result, shown, settings, locale, onChange } = props;
  const assumptions = result.assumptions.assumptions;
  const used = valuesInUse(settings, assumptions);
  const range = sliderRange(assumptions);
  // Going back to the analysed values clears what is typed in the boxes, even text that was not an amount.
  const [resets, setResets] = useState(0);
  const setRcaPerHead = useCallback((rcaPerHead: number) => onChange({ rcaPerHead }), [onChange]);
  const setFixedCosts = useCallback((fixedCosts: number) => onChange({ fixedCosts }), [onChange]);
  const setSupportPerHead = useCallback(
    (supportPerHead: number) => onChange({ supportPerHead }),
    [onChange]
  );
  // The chart depends on the costs only: the slider moves without recounting the whole range.
  const points = useMemo(
    () =>
      countsAcrossRange(result, {
        rcaPerHead: null,
        fixedCosts: settings.fixedCosts,
        supportPerHead: settings.supportPerHead,
      }),
    [result, settings.fixedCosts, settings.supportPerHead]
  );
  const selected = shown.ccgs.find((ccg) => ccg.code === props.selectedCcg) ?? null;
  const markers: ChartMarker[] = [
    { rcaPerHead: used.rcaPerHead, label: "Allowance in use", kind: "current" },
  ];
  let selectedText: string | null = null;
  if (selected !== null && selected.breakEvenPerHead !== null) {
    const breakEven = selected.breakEvenPerHead;
    const share = assumptions.headroom_amber_share;
    markers.push({
      rcaPerHead: breakEven,
      label: `${selected.code} breaks even at ${formatPoundsInLocale(breakEven, locale)}`,
      kind: "break-even",
    });
    const greenFrom = share < 1 ? breakEven / (1 - share) : null;
    if (greenFrom !== null) {
      markers.push({
        rcaPerHead: greenFrom,
        label: `${selected.code} is green on finance from ${formatPoundsInLocale(greenFrom, locale)}`,
        kind: "green",
      });
    }
    selectedText =
      `${selected.code} breaks even at ${formatPoundsInLocale(breakEven, locale)} per head` +
      (greenFrom === null
        ? "."
        : ` and is green on finance from ${formatPoundsInLocale(greenFrom, locale)} (dashed lines).`);
  }
  return (
    <div className={styles.panel} data-testid="sensitivity-panel">
      <Subtitle2>Running-cost what-if</Subtitle2>
      <div className={styles.sliderRow}>
        <Field label="Allowance, £ per head">
          <Slider
            min={range.min}
            max={range.max}
            step={0.01}
            value={Math.min(range.max, Math.max(range.min, used.rcaPerHead))}
            aria-label="Running cost allowance, £ per head"
            aria-valuetext={formatPoundsInLocale(used.rcaPerHead, locale)}
            data-testid="whatif-rca-slider"
            onChange={(_, data) => setRcaPerHead(data.value)}
          />
        </Field>
        <NumberBox
          key={`rca-${resets}`}
          label="£ per head"
          value={used.rcaPerHead}
          perHead
          locale={locale}
          testId="whatif-rca-box"
          onValue={setRcaPerHead}
        />
      </div>
      <Body1 className={styles.inUse} data-testid="whatif-rca-in-use">
        In use: {formatPoundsInLocale(used.rcaPerHead, locale)} per head
        {settings.rcaPerHead !== null && settings.rcaPerHead !== assumptions.rca_per_head
          ? ` (analysed at ${formatPoundsInLocale(assumptions.rca_per_head, locale)})`
          : ""}
      </Body1>
      <div className={styles.boxes}>
        <NumberBox
          key={`fixed-${resets}`}
          label="Fixed costs per CCG, £"
          value={used.fixedCosts}
          perHead={false}
          locale={locale}
          testId="whatif-fixed-costs"
          onValue={setFixedCosts}
        />
        <NumberBox
          key={`support-${resets}`}
          label="Support, £ per head"
          value={used.supportPerHead}
          perHead
          locale={locale}
          testId="whatif-support"
          onValue={setSupportPerHead}
        />
      </div>
      <SensitivityChart points={points} markers={markers} ccgCount={result.ccgs.length} />
      <Caption1 className={styles.note}>
        Lines: CCGs red, amber and green on the configuration rating across the allowance.{" "}
        {selectedText ?? "Select a CCG to mark where it breaks even."} Costs from the CCG table stay
        as they are. The what-if is not written to the workbook: set the assumptions and analyse to
        keep it.
      </Caption1>
      {isWhatIf(settings) && (
        <Button
          size="small"
          data-testid="whatif-reset"
          onClick={() => {
            setResets((n) => n + 1);
            onChange({ rcaPerHead: null, fixedCosts: null, supportPerHead: null });
          }}
        >
          Back to the analysed values
        </Button>
      )}
    </div>
  );
}
