/** The pane's Fluent theme: Fluent's light theme with NHS blue (#005EB8) as the brand colour. */
import { BrandVariants, Theme, createLightTheme } from "@fluentui/react-components";

/** Shades of NHS blue for Fluent's brand ramp (80 is the main brand colour). */
export const NHS_BLUE_RAMP: BrandVariants = {
  10: "#010A1A",
  20: "#011631",
  30: "#012247",
  40: "#012E5E",
  50: "#003A74",
  60: "#00468B",
  70: "#0052A1",
  80: "#005EB8",
  90: "#1E71C0",
  100: "#3C84C9",
  110: "#5B97D2",
  120: "#79AADA",
  130: "#97BEE2",
  140: "#B6D1EB",
  150: "#D4E4F4",
  160: "#F2F7FC",
};

/** The theme given to FluentProvider. */
export const paneTheme: Theme = createLightTheme(NHS_BLUE_RAMP);
