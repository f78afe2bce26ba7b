/**
 * Number formats as ECMA-376 part 1 defines them (18.8.30–31): which codes show a number as a
 * date. Each expectation is read from the specification's grammar by hand: letters quoted, escaped,
 * after _ or *, inside colour/condition/locale brackets, the exponent E+ and "General" are no
 * date tokens; y m d h s (any case), AM/PM, A/P and elapsed [h] [mm] [ss] are.
 */
import { convertCell, isDateFormat, serialToDateText, showsAsDate } from "../../src/core/cells";

const notDates = [
  "General",
  "0",
  "#,##0",
  "#,##0.00",
  "#,##0\\ \\m\\l\\n", // 1.234 mln (issue 8: taken for a date before)
  "#,##0\\ \\k",
  '#,##0 "mln"',
  '"Datum:" 0',
  "[Red]#,##0",
  "[Color12]0",
  "[$€-413] #,##0.00",
  "[$-413]#,##0",
  "#,##0;[Red]-#,##0",
  '[>=1000000]#,##0.0,,"M";#,##0',
  "0.00E+00",
  "##0.0E+0",
  '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
  '_("€"* #,##0_);_("€"* (#,##0);_("€"* "-"_);_(@_)',
  "@",
  "0%",
  "# ?/?",
  "\\d0",
  "#,##0;\u2013 #,##0",
  "General;[Red]-General",
];

const dates = [
  "d-m-yyyy",
  "mm-dd-yy",
  "[$-413]d mmmm yyyy",
  "[$-F800]dddd\\, mmmm dd\\, yyyy",
  "h:mm",
  "[h]:mm:ss",
  "mm:ss",
  "yyyy",
  "YYYY-MM-DD",
  "h AM/PM",
  "[Red]d-m-yy",
  'dd "dagen"',
  "[$-409]mmm-yy;@",
  "[$-F400]h:mm:ss AM/PM",
];

test.each(notDates)("%s shows no date", (code) => {
  expect(isDateFormat(code)).toBe(false);
  expect(showsAsDate(code, 1234)).toBe(false);
  expect(showsAsDate(code, -1234)).toBe(false);
});

test.each(dates)("%s shows a date", (code) => {
  expect(isDateFormat(code)).toBe(true);
  expect(showsAsDate(code, 42491)).toBe(true);
});

test("the section that applies to the value decides", () => {
  // Positive; negative; zero; text.
  expect(showsAsDate("0;d-m-yyyy", 5)).toBe(false);
  expect(showsAsDate("0;d-m-yyyy", -5)).toBe(true);
  expect(showsAsDate("0;0;d-m-yyyy", 0)).toBe(true);
  expect(showsAsDate("0;0;d-m-yyyy", 3)).toBe(false);
  // Two sections: zero goes with the first.
  expect(showsAsDate("d-m-yyyy;0", 0)).toBe(true);
  // Conditions: [<0] first, the next section otherwise.
  expect(showsAsDate("[<0]d-m-yyyy;0", -1)).toBe(true);
  expect(showsAsDate("[<0]d-m-yyyy;0", 5)).toBe(false);
  expect(showsAsDate("[>=100]0;d-m-yyyy", 50)).toBe(true);
  expect(showsAsDate("[>=100]0;d-m-yyyy", 150)).toBe(false);
  // A lone text section shows numbers as General.
  expect(showsAsDate("@", 42491)).toBe(false);
});

test("date serials as Dutch text, 1900 and 1904 systems, Excel's 29 February 1900", () => {
  expect(serialToDateText(1)).toBe("1-1-1900");
  expect(serialToDateText(59)).toBe("28-2-1900");
  expect(serialToDateText(61)).toBe("1-3-1900");
  expect(serialToDateText(42491)).toBe("1-5-2016");
  expect(serialToDateText(42491.5)).toBe("1-5-2016 12:00");
  // 1904 system: serial 0 is 1 January 1904; 41029 + 1462 = 42491.
  expect(serialToDateText(41029, true)).toBe("1-5-2016");
  expect(serialToDateText(-1)).toBe("#####");
  expect(serialToDateText(2_958_466)).toBe("#####");
});

test("convertCell: the contract", () => {
  expect(convertCell({ value: 1234, numberFormat: "#,##0\\ \\m\\l\\n" })).toBe(1234);
  expect(convertCell({ value: 42491, numberFormat: "d-m-yyyy" })).toBe("1-5-2016");
  expect(convertCell({ value: -0 })).toBe(0);
  expect(Object.is(convertCell({ value: -0 }), 0)).toBe(true);
  expect(convertCell({ value: "" })).toBeNull();
  expect(convertCell({ value: "tekst", numberFormat: "d-m-yyyy" })).toBe("tekst");
  expect(convertCell({ value: true })).toBe(true);
  expect(convertCell({ value: { error: "#REF!" } })).toEqual({ error: "#REF!" });
  expect(convertCell({ value: undefined, formula: "SUM(A1:A2)" })).toEqual({
    uncalculated: "SUM(A1:A2)",
  });
  expect(convertCell({ value: Number.NaN })).toEqual({ error: "#NUM!" });
});
