/** A handful of rows (the public categories): one bounded list, ordered as the website shows them. */
export const MAX_CATEGORIES = 100;

/** "1 customer account", "2 customer accounts": the counts in a refusal. */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
