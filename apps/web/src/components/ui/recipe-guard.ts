// For tests only (src/test/setup.ts): it imports every default recipe, which the app must not.
import { recipes, slotRecipes } from '@chakra-ui/react/theme';
import { system } from './system';

// The system carries only the recipes the app uses (components/ui/system.ts), and Chakra styles a
// component whose recipe is missing with nothing, silently: in tests, a component asking for one of
// Chakra's default recipes that the system left out throws instead.
function requireRecipe<Args extends [string, ...unknown[]], R>(
  lookup: (...args: Args) => R,
  defaults: Record<string, unknown>,
  has: (key: string) => boolean,
): (...args: Args) => R {
  return (...args) => {
    const key = args[0];
    if (key in defaults && !has(key)) throw new Error(`components/ui/system.ts lacks Chakra's "${key}" recipe`);
    return lookup(...args);
  };
}
/** Makes the app's system throw where Chakra would silently style a component with nothing. */
export function failOnMissingRecipes(): void {
  // The system's functions are closures over it, not methods using `this`: they are bound for the linter.
  system.getRecipeFn = requireRecipe(system.getRecipeFn.bind(system), recipes, system.isRecipe.bind(system));
  system.getSlotRecipeFn = requireRecipe(
    system.getSlotRecipeFn.bind(system),
    slotRecipes,
    system.isSlotRecipe.bind(system),
  );
}
