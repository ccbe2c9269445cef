import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  tile: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  value: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface MetricTileProps {
  readonly label: string;
  readonly value: string;
  readonly detail?: ReactNode;
  readonly testId: string;
}

/** One number the GSM reads at a glance, with its label and a line of context. */
export function MetricTile({ label, value, detail, testId }: MetricTileProps) {
  const styles = useStyles();
  return (
    <div className={styles.tile} data-testid={testId}>
      <Caption1>{label}</Caption1>
      <Text className={styles.value} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {detail !== undefined && <Caption1 data-testid={`${testId}-detail`}>{detail}</Caption1>}
    </div>
  );
}
