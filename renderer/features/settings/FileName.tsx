// A file name shown left to right inside any sentence.
import { Code } from '@mantine/core';

export function FileName({ name }: { name: string }) {
  return (
    <Code dir="ltr" style={{ wordBreak: 'break-all' }}>
      {name}
    </Code>
  );
}
