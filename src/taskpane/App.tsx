import {
  FluentProvider,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { CalculatorPanel } from "./CalculatorPanel";
import { CheckPanel } from "./CheckPanel";
import { MarkPanel, ReportPanel, TemplatesPanel } from "./OtherPanels";
import type { Strings } from "./strings";
import { useChecker } from "./use-checker";

type TabId = "check" | "mark" | "report" | "templates" | "calculator";
const TABS: TabId[] = ["check", "mark", "report", "templates", "calculator"];

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    padding: "10px 12px 4px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  tabs: {
    padding: "0 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  panel: { padding: "12px", flexGrow: 1 },
  // Five tabs in a 320–350 px task pane: compact padding so they fit on one line.
  tab: { paddingLeft: "6px", paddingRight: "6px" },
  // When the pane is narrower than the five tabs (fonts differ per platform), wrap, never hide.
  tabList: { flexWrap: "wrap" },
});

export function App({ s }: { s: Strings }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("check");
  const { state, run } = useChecker();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={400} className={styles.title}>
          {s.appTitle}
        </Text>
      </header>
      <nav className={styles.tabs}>
        <TabList
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabId)}
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
            {t === "check" && <CheckPanel s={s} state={state} run={run} />}
            {t === "mark" && <MarkPanel s={s} state={state} />}
            {t === "report" && <ReportPanel s={s} state={state} />}
            {t === "templates" && <TemplatesPanel s={s} />}
            {t === "calculator" && <CalculatorPanel s={s} />}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}

/** The pane when it cannot work: outside Excel, or in an Excel without the needed API set. */
export function Unavailable({ text }: { text: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Text as="p">{text}</Text>
      </main>
    </FluentProvider>
  );
}
