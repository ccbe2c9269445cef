import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { FloorCard } from "./floorBoard";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  over: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}`,
    color: tokens.colorPaletteRedForeground2,
  },
  top: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  minutes: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  ellipsis: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/** A deal on the board: who, how long in this step, red with the reason once past its limit. */
export function DealCard({ card }: { readonly card: FloorCard }) {
  const styles = useStyles();
  const minutes = Math.round(card.minutes);
  const who = [card.customer, card.salesperson].filter((s) => s !== "").join(" · ");
  return (
    <div
      className={mergeClasses(styles.card, card.over && styles.over)}
      data-testid={`floor-card-${card.deal}`}
      data-over={card.over ? "true" : "false"}
      role="listitem"
      aria-label={`${card.deal}, ${String(minutes)} minutes${card.over ? `, ${card.reason}` : ""}`}
    >
      <div className={styles.top}>
        <Text weight="semibold" className={styles.ellipsis}>
          {card.deal}
        </Text>
        <Text className={styles.minutes} data-testid={`floor-card-${card.deal}-minutes`}>
          {minutes} min
        </Text>
      </div>
      {who !== "" && <Caption1 className={styles.ellipsis}>{who}</Caption1>}
      <Caption1 className={styles.ellipsis}>
        {[card.department, card.trade === "" ? "" : `trade ${card.trade}`].filter((s) => s !== "").join(" · ")}
      </Caption1>
      {card.over && (
        <Caption1 data-testid={`floor-card-${card.deal}-reason`}>
          <strong>{card.reason}</strong> · {card.handoff}
        </Caption1>
      )}
    </div>
  );
}
