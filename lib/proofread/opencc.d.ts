// opencc-js ships its dictionaries as separate modules without types; the
// checker imports just the one it needs (traditional → mainland simplified).
declare module "opencc-js/to/cn" {
  import type { DictGroup } from "opencc-js/core";
  const toCn: readonly DictGroup[];
  export default toCn;
}
