import { FluentProvider, MessageBar, MessageBarBody, Spinner, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookPort, WorkbookSnapshot } from "../excel/workbookPort";
import { FirstScreenView } from "./components/FirstScreenView";

export interface AppProps {
  readonly port: WorkbookPort;
  readonly asOf: number;
  readonly theme: Theme;
  readonly storeName: string;
}

type Load = { state: "loading" } | { state: "ready"; snapshot: WorkbookSnapshot } | { state: "failed"; message: string };

/** The task pane: reads the workbook once through the port, then shows the month. */
export function App({ port, asOf, theme, storeName }: AppProps) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  useEffect(() => {
    let live = true;
    port.readSnapshot().then(
      (snapshot) => live && setLoad({ state: "ready", snapshot }),
      (error: unknown) => live && setLoad({ state: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [port]);

  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      {load.state === "loading" && <Spinner label="Reading the workbook…" style={{ padding: 24 }} />}
      {load.state === "failed" && (
        <MessageBar intent="error" data-testid="load-error">
          <MessageBarBody>Couldn't read the workbook: {load.message}</MessageBarBody>
        </MessageBar>
      )}
      {load.state === "ready" && <FirstScreenView port={port} snapshot={load.snapshot} asOf={asOf} storeName={storeName} />}
    </FluentProvider>
  );
}
