import type { Linter, Rule } from 'eslint';

export declare const dbAccessRule: Rule.RuleModule;
export declare const dbAccessConfig: Linter.Config;
