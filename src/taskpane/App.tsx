import {
  FluentProvider,
  Tab,
  TabList,
  Text,
  Theme,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { CheckPanel } from "./CheckPanel";
import { CalculatorTab, HelpTab, InsertTab } from "./parts";
import type { Strings } from "./strings";
import { useChecker } from "./use-checker";

type TabId = "check" | "insert" | "calculator" | "help";
const TABS: TabId[] = ["check", "insert", "calculator", "help"];

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    minWidth: 0,
  },
  // Office shows the add-in's name above the pane; the heading is there for screen readers only.
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  tabs: {
    padding: 0,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Four short tabs fit in the 270 px of Excel on Mac; they never wrap (a wrapped TabList moves
  // its selection indicator across rows).
  tabList: { flexWrap: "nowrap", justifyContent: "space-between" },
  tab: { paddingLeft: "3px", paddingRight: "3px", minWidth: 0 },
  panel: { padding: "10px", flexGrow: 1, minWidth: 0 },
});

export function App({ s, theme = webLightTheme }: { s: Strings; theme?: Theme }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("check");
  // A tab's chunk is fetched when it is first opened; it then stays mounted (its fields keep
  // what the user typed when they switch tabs).
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set(["check"]));
  const { state, run, cancel, setMarked } = useChecker();
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <h1 className={styles.srOnly}>{s.appTitle}</h1>
      <nav className={styles.tabs}>
        <TabList
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => {
            const t = d.value as TabId;
            setTab(t);
            setOpened((o) => (o.has(t) ? o : new Set([...o, t])));
          }}
          aria-label={s.tabsLabel}
          className={styles.tabList}
        >
          {TABS.map((t) => (
            <Tab
              key={t}
              value={t}
              id={`tab-${t}`}
              aria-controls={`panel-${t}`}
              className={styles.tab}
            >
              {s.tabs[t]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.panel}>
        {TABS.map((t) => (
          <div
            key={t}
            role="tabpanel"
            id={`panel-${t}`}
            aria-labelledby={`tab-${t}`}
            hidden={tab !== t}
          >
            {t === "check" && (
              <CheckPanel s={s} state={state} run={run} cancel={cancel} setMarked={setMarked} />
            )}
            {t !== "check" && opened.has(t) && (
              <Suspense fallback={<Text>{s.loadingPart}</Text>}>
                {t === "insert" && <InsertTab.Component s={s} />}
                {t === "calculator" && <CalculatorTab.Component s={s} />}
                {t === "help" && <HelpTab.Component s={s} />}
              </Suspense>
            )}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}

/** The pane when it cannot work: outside Excel, or in an Excel without the needed API set. */
export function Unavailable({ text, theme = webLightTheme }: { text: string; theme?: Theme }) {
  return (
    <FluentProvider theme={theme}>
      <main style={{ padding: 12 }}>
        <Text as="p">{text}</Text>
      </main>
    </FluentProvider>
  );
}
