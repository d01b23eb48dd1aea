// One formatter for the whole build: an Intl constructor per page costs more than the page's text.
const NUMBER = new Intl.NumberFormat('en-GB');

/** A quantity as the pages show it: "1,200 troops". */
export function formatQuantity(quantity: { value: number; unit: string }): string {
  return `${NUMBER.format(quantity.value)} ${quantity.unit}`;
}
