/** The few functions we use from text-readability, which ships no types. */
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    fleschReadingEase(text: string): number;
    textStandard(text: string, floatOutput?: boolean): number | string;
  };
  export default readability;
}
