// The province, chosen from Iran's 31 (searchable in either language). The value is a province
// code; see provinces.ts for what the server receives.
import { Select, type SelectProps } from '@mantine/core';
import { useProvinceOptions } from './provinces.ts';

export function ProvinceSelect(props: Omit<SelectProps, 'data'> & { 'data-testid'?: string }) {
  const options = useProvinceOptions(typeof props.value === 'string' ? props.value : null);
  return <Select searchable allowDeselect={false} nothingFoundMessage="—" maxDropdownHeight={280} {...props} data={options} />;
}
