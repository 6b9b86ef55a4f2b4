/**
 * The AI service interface (issue 11 item 7): what the product asks of a language model, declared
 * before any provider exists. A provider (the AI issue) implements `AiPort` and is returned by
 * `aiPort()`; until then it returns null, every caller shows the action disabled ("AI is not
 * configured"), and no text is ever made up in its place.
 */
export type GenerateDescriptionInput = {
  /** What is described, e.g. 'POP' or 'DID country'. */
  kind: string;
  /** The item's own fields (name, code, region ...), as facts the text may use. */
  facts: Record<string, string | number | boolean | null | string[]>;
  /** Upper bound of the answer in characters (the column holds 4000). */
  maxLength: number;
};

export interface AiPort {
  generateDescription(input: GenerateDescriptionInput, signal?: AbortSignal): Promise<string>;
}

/** The configured provider, or null: none is configured yet. */
export function aiPort(): AiPort | null {
  return null;
}

/** Whether the "Generate" actions may be enabled (read on the server, passed to the pages). */
export function aiConfigured(): boolean {
  return aiPort() !== null;
}

/** The disabled action's explanation, one wording everywhere. */
export const AI_NOT_CONFIGURED = 'AI is not configured';
