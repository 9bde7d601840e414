// The agency report's figures as a table, in the report's order and grouped by section (H, A,
// E, M, Q, F, D). Labels are the catalogue's (errors:agency.*), the same words the PDF and the
// XLSX print, with each figure's stable code beside it.
import { Fragment } from 'react';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { AgencyFigure } from '../../../shared/contract/agency.ts';

function sections(figures: AgencyFigure[]): { letter: string; figures: AgencyFigure[] }[] {
  const out: { letter: string; figures: AgencyFigure[] }[] = [];
  for (const fig of figures) {
    const letter = fig.code.slice(0, 1);
    const last = out.at(-1);
    if (last?.letter === letter) last.figures.push(fig);
    else out.push({ letter, figures: [fig] });
  }
  return out;
}

export function AgencyFigures({ figures, dimmed }: { figures: AgencyFigure[]; dimmed: boolean }) {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  const value = (fig: AgencyFigure) => (fig.unit === 'rials' ? f.money(fig.value) : fig.unit === 'jobs' ? t('agency.jobs', { n: f.number(fig.value) }) : f.number(fig.value));

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={5} data-testid="agency-figures" style={{ opacity: dimmed ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('agency.code')}</Table.Th>
            <Table.Th>{t('agency.figure')}</Table.Th>
            <Table.Th ta="end">{t('agency.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sections(figures).map((s) => (
            <Fragment key={s.letter}>
              <Table.Tr bg="var(--mantine-color-teal-light)" data-testid="agency-section">
                <Table.Td colSpan={3}>
                  <Text fw={700} size="sm">
                    {t(`errors:agency.section.${s.letter}`, { defaultValue: s.letter })}
                  </Text>
                </Table.Td>
              </Table.Tr>
              {s.figures.map((fig) => (
                <Table.Tr key={fig.code} data-testid="agency-figure" data-code={fig.code} data-value={fig.value}>
                  <Table.Td>
                    <Text size="xs" c="dimmed" ff="monospace" dir="ltr">
                      {fig.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`errors:agency.figure.${fig.code}`, { defaultValue: fig.code })}</Text>
                  </Table.Td>
                  <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" fw={fig.value > 0 ? 600 : undefined} c={fig.value > 0 ? undefined : 'dimmed'}>
                      {value(fig)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
