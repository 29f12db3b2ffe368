/**
 * Where every user lands after signing in without a page to return to: their own start page
 * ("Mijn Proeftuin"), which shows what their role needs and links onward.
 */
export const LANDING_PATH = "/mijn";
