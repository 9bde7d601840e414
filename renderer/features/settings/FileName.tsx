// A file name shown left to right inside any sentence.
import { Code } from '@mantine/core';

export function FileName({ name }: { name: string }) {
  return (
    <Code dir="ltr" style={{ display: 'inline-block', overflowWrap: 'anywhere' }}>
      {name}
    </Code>
  );
}
