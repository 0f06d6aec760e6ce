import { z } from "zod";

/**
 * An exact fraction a quantity may be ("two-thirds" is 2/3).
 *
 * @example
 * ```ts
 * import { FractionSchema } from "musterroll";
 * FractionSchema.parse({ numerator: 2, denominator: 3 });
 * ```
 */
export const FractionSchema = z.strictObject({
  numerator: z.number().int().positive(),
  denominator: z.number().int().min(2).max(100),
});

/**
 * A quantity as reports give it: a range `[min, max]` (equal for an exact count), no `max` when the
 * text gives no upper bound ("more than 1,000"), `approximate` for hedged or vague numbers
 * ("about 20,000", "several thousand"), the counted noun as `unit` ("battalions") and, for shares
 * ("two-thirds"), the exact `fraction`.
 *
 * @example
 * ```ts
 * import { QuantitySchema } from "musterroll";
 * QuantitySchema.parse({ min: 400, max: 600, approximate: false });
 * QuantitySchema.safeParse({ min: 600, max: 400, approximate: false }).success; // false
 * ```
 */
export const QuantitySchema = z
  .object({
    min: z.number().nonnegative().refine(Number.isFinite, "min must be finite"),
    max: z.number().nonnegative().refine(Number.isFinite, "max must be finite").optional(),
    approximate: z.boolean(),
    unit: z.string().min(1).optional(),
    fraction: FractionSchema.optional(),
  })
  .check((ctx) => {
    const q = ctx.value;
    if (q.max !== undefined && q.max < q.min) {
      ctx.issues.push({ code: "custom", message: `max ${q.max} is below min ${q.min}`, input: q, path: ["max"] });
    }
    if (q.fraction !== undefined) {
      const v = q.fraction.numerator / q.fraction.denominator;
      if (q.min !== v || q.max !== v) {
        ctx.issues.push({ code: "custom", message: `a fraction's min and max must both be ${v}`, input: q, path: ["fraction"] });
      }
    }
  });

/**
 * A quantity; see {@link QuantitySchema}.
 *
 * @example
 * ```ts
 * import type { Quantity } from "musterroll";
 * const troops: Quantity = { min: 32_000, max: 35_000, approximate: false, unit: "troops" };
 * ```
 */
export type Quantity = z.infer<typeof QuantitySchema>;
