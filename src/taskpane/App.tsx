import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  type Theme,
} from "@fluentui/react-components";
import { Suspense, useEffect, useState } from "react";
import type { WorkbookPort, WorkbookSnapshot } from "../excel/workbookPort";
import { initialView, VIEWS } from "./views/views";

export interface AppProps {
  readonly port: WorkbookPort;
  readonly asOf: number;
  readonly theme: Theme;
  readonly storeName: string;
}

type Load =
  { state: "loading" } | { state: "ready"; snapshot: WorkbookSnapshot } | { state: "failed"; message: string };

/** The task pane: reads the workbook once through the port, then shows the view the GSM picks. */
export function App({ port, asOf, theme, storeName }: AppProps) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [view, setView] = useState(() => initialView(typeof window === "undefined" ? "" : window.location.search));
  useEffect(() => {
    let live = true;
    port.readSnapshot().then(
      (snapshot) => live && setLoad({ state: "ready", snapshot }),
      (error: unknown) =>
        live && setLoad({ state: "failed", message: error instanceof Error ? error.message : String(error) })
    );
    return () => {
      live = false;
    };
  }, [port]);

  const View = (VIEWS.find((v) => v.id === view) ?? VIEWS[0])?.component;
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <TabList
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => setView(String(data.value))}
        aria-label="Pacecar views"
        style={{ flexWrap: "wrap", padding: "4px 8px 0" }}
      >
        {VIEWS.map((v) => (
          <Tab key={v.id} value={v.id} data-testid={`tab-${v.id}`}>
            {v.label}
          </Tab>
        ))}
      </TabList>
      {load.state === "loading" && <Spinner label="Reading the workbook…" style={{ padding: 24 }} />}
      {load.state === "failed" && (
        <MessageBar intent="error" data-testid="load-error">
          <MessageBarBody>Couldn't read the workbook: {load.message}</MessageBarBody>
        </MessageBar>
      )}
      {load.state === "ready" && View && (
        <Suspense fallback={<Spinner label="Opening…" style={{ padding: 24 }} />}>
          <View port={port} snapshot={load.snapshot} asOf={asOf} storeName={storeName} />
        </Suspense>
      )}
    </FluentProvider>
  );
}
