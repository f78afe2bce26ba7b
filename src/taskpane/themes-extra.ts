/** The dark and high-contrast themes: a chunk of their own, fetched only when Office asks for one. */
export { teamsHighContrastTheme, webDarkTheme } from "@fluentui/react-components";
