// Never built nor run: `npm run check:frameworks` type-checks it to prove the JSX types
// constrain. Each `@ts-expect-error` must meet an error, or tsc fails ("Unused directive").
// (TypeScript lets through a JSX attribute with a hyphen that the element does not declare,
// as it does `data-*`: a misspelt `heading-levle` or an event the element does not fire is not
// caught; the values of the declared ones are.)
import type {} from 'ogi-widgets/react';

export function Misuse() {
  return (
    <>
      {/* @ts-expect-error: theme is 'light' | 'dark' | 'auto' */}
      <ogi-about theme="neon"></ogi-about>
      {/* @ts-expect-error: orientation is 'vertical' | 'horizontal' */}
      <ogi-ogp-timeline orientation="diagonal"></ogi-ogp-timeline>
      {/* @ts-expect-error: heading-level is a number or its digits */}
      <ogi-contact heading-level="three"></ogi-contact>
      {/* @ts-expect-error: items are FaqItem objects, not strings */}
      <ogi-faq items={['Apa itu OGI?']}></ogi-faq>
      {/* @ts-expect-error: the detail of ogi-faq-toggle has no `question` */}
      <ogi-faq onogi-faq-toggle={(event) => event.detail.question}></ogi-faq>
      {/* @ts-expect-error: ogi-contact-copy carries { value, ok }, not { id } */}
      <ogi-contact onogi-contact-copy={(event: CustomEvent<{ id: string }>) => event.detail.id}></ogi-contact>
      {/* @ts-expect-error: no such attribute */}
      <ogi-contact colour="red"></ogi-contact>
      {/* @ts-expect-error: no such element */}
      <ogi-faqs></ogi-faqs>
    </>
  );
}
