/** A handful of rows (the public categories): one bounded list, ordered as the website shows them. */
export const MAX_CATEGORIES = 100;
