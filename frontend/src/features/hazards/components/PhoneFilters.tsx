import { FilterOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HazardFilters } from '../api/get-hazards';
import { activeFilterCount, HazardFilterBar } from './HazardFilterBar';

interface Props {
  filters: HazardFilters;
  onChange: (change: Partial<HazardFilters>) => void;
}

/** On a phone the filters would take six rows before the first ticket: one button opens them in a drawer. */
export function PhoneFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const count = activeFilterCount(filters);
  return (
    <>
      <Button
        icon={<FilterOutlined />}
        type={count > 0 ? 'primary' : 'default'}
        ghost={count > 0}
        data-testid="hazard-filter-button"
        onClick={() => {
          setOpen(true);
        }}
      >
        {count > 0 ? t('hazards.filter.buttonCount', { count }) : t('hazards.filter.button')}
      </Button>
      <Drawer
        placement="bottom"
        size="auto"
        title={t('hazards.filter.button')}
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        extra={
          <Button
            type="primary"
            onClick={() => {
              setOpen(false);
            }}
          >
            {t('hazards.filter.done')}
          </Button>
        }
      >
        <HazardFilterBar filters={filters} onChange={onChange} vertical />
      </Drawer>
    </>
  );
}
