export { ThemeToggle } from './theme-toggle';
export { BrandScope } from './brand-scope';
export { brandColors, brandCssVars, type BrandColors } from './brand';
export { contrastRatio, ensureContrast, readableOn } from './color';
