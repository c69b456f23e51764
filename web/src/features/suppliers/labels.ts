/** The enums of supplier-service, in the order the forms show them. */
export const SCALES = ['MICRO', 'SME', 'LARGE'] as const;
export const SERVICE_TYPES = ['SUPPLY', 'SERVICE', 'WORKS'] as const;
export const RANGE_KINDS = ['COUNTRY', 'ZONES', 'RADIUS'] as const;
export const MAX_RADIUS_KM = 1000;

/** "69, 01 ,2A" → ["69", "01", "2A"]. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}
