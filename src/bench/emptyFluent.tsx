import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

/*
 * The benchmark's baseline page: React and Fluent's provider rendering one line of text, nothing of
 * Pacecar's. The pane's first render is measured as a multiple of this one in the same run.
 */
const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Text data-testid="empty-fluent">Pacecar</Text>
    </FluentProvider>
  );
}
