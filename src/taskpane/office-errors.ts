/**
 * Office.js errors in the user's words. Office reports failures as `OfficeExtension.Error` with a
 * stable `code` and an English `message`; the pane shows a Dutch (or English) sentence for each
 * code it can meet, always with what to do next, and the raw text only for an unknown code.
 */

export interface ErrorWords {
  codes: Record<string, string>;
  unknown: (message: string) => string;
}

/** The Office error code of `e`, when it is one. */
export function officeErrorCode(e: unknown): string | null {
  if (!e || typeof e !== "object") return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && code ? code : null;
}

export function describeError(e: unknown, w: ErrorWords): string {
  const code = officeErrorCode(e);
  if (code && Object.prototype.hasOwnProperty.call(w.codes, code)) return w.codes[code];
  const message = e instanceof Error ? e.message : String(e);
  return w.unknown(message);
}

export const dutchErrors: ErrorWords = {
  codes: {
    InvalidOperationInCellEditMode:
      "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in de cel en probeer het opnieuw.",
    ItemNotFound:
      "Het werkblad of de cel bestaat niet meer (verwijderd of hernoemd). Controleer opnieuw.",
    AccessDenied:
      "Excel staat deze wijziging niet toe (beveiligd werkblad of alleen-lezen). Hef de beveiliging op of sla een kopie op, en probeer het opnieuw.",
    InsertDeleteConflict:
      "De wijziging botst met samengevoegde cellen of een tabel in het blad. Kies een andere plek.",
    InvalidArgument:
      "Excel weigerde de opdracht met deze gegevens. Controleer opnieuw; blijft het misgaan, sluit en open dan het taakvenster.",
    InvalidReference:
      "Een verwijzing klopt niet meer (rij, kolom of blad gewijzigd). Controleer opnieuw.",
    ItemAlreadyExists:
      "Er bestaat al een werkblad met die naam. Geef het bestaande blad een andere naam en probeer het opnieuw.",
    RequestPayloadSizeLimitExceeded:
      "Het werkblad is te groot om in één keer te lezen. Controleer het werkblad apart of verklein het gebruikte bereik.",
    PayloadTooLarge:
      "Het werkblad is te groot om in één keer te lezen. Controleer het werkblad apart of verklein het gebruikte bereik.",
    ActivityLimitReached:
      "Excel kan op dit moment niet meer verzoeken aan. Wacht even en probeer het opnieuw.",
    Conflict: "Iemand anders wijzigt de werkmap tegelijk. Wacht even en probeer het opnieuw.",
    GeneralException:
      "Excel kon de opdracht niet uitvoeren. Sla de werkmap op en probeer het opnieuw.",
    NotImplemented:
      "Deze versie van Excel ondersteunt deze opdracht niet. Werk Office bij of gebruik Excel voor Microsoft 365.",
    ApiNotFound:
      "Deze versie van Excel ondersteunt deze opdracht niet. Werk Office bij of gebruik Excel voor Microsoft 365.",
    ServiceNotAvailable: "Excel is tijdelijk niet bereikbaar. Wacht even en probeer het opnieuw.",
    Unauthenticated:
      "U bent niet (meer) aangemeld bij Office. Meld u opnieuw aan en probeer het opnieuw.",
    UnsupportedOperation:
      "Excel staat deze opdracht hier niet toe. Probeer het op een ander werkblad of in een andere cel.",
  },
  unknown: (message: string) =>
    `Er ging iets mis (${message}). Probeer het opnieuw; blijft het misgaan, sluit en open dan het taakvenster.`,
};

export const englishErrors: ErrorWords = {
  codes: {
    InvalidOperationInCellEditMode:
      "Excel is editing a cell. Press Enter or Esc in the cell and try again.",
    ItemNotFound: "The sheet or cell no longer exists (deleted or renamed). Check again.",
    AccessDenied:
      "Excel does not allow this change (protected sheet or read-only). Unprotect it or save a copy, and try again.",
    InsertDeleteConflict:
      "The change conflicts with merged cells or a table on the sheet. Choose another place.",
    InvalidArgument:
      "Excel refused the request with these data. Check again; if it keeps failing, close and reopen the task pane.",
    InvalidReference: "A reference is no longer valid (row, column or sheet changed). Check again.",
    ItemAlreadyExists:
      "A worksheet with that name already exists. Rename the existing sheet and try again.",
    RequestPayloadSizeLimitExceeded:
      "The sheet is too large to read at once. Check the sheet on its own or reduce its used range.",
    PayloadTooLarge:
      "The sheet is too large to read at once. Check the sheet on its own or reduce its used range.",
    ActivityLimitReached: "Excel cannot take more requests right now. Wait a moment and try again.",
    Conflict: "Someone else is changing the workbook. Wait a moment and try again.",
    GeneralException: "Excel could not carry out the request. Save the workbook and try again.",
    NotImplemented:
      "This version of Excel does not support this request. Update Office or use Excel for Microsoft 365.",
    ApiNotFound:
      "This version of Excel does not support this request. Update Office or use Excel for Microsoft 365.",
    ServiceNotAvailable: "Excel is temporarily unavailable. Wait a moment and try again.",
    Unauthenticated: "You are not signed in to Office (any more). Sign in and try again.",
    UnsupportedOperation:
      "Excel does not allow this here. Try it on another sheet or in another cell.",
  },
  unknown: (message: string) =>
    `Something went wrong (${message}). Try again; if it keeps failing, close and reopen the task pane.`,
};
