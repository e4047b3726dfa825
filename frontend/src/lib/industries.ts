// Industries are reference data shared by every feature (org forms, scope, hazards, drills).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { paths } from '@/api/schema';
import type { ApiClient } from './api-client';
import { useApiClient } from './api-context';
import { expectData } from './problem';

export type Industry = paths['/api/v1/industries']['get']['responses'][200]['content']['application/json'][number];

export async function listIndustries(client: ApiClient): Promise<Industry[]> {
  return expectData(await client.GET('/api/v1/industries'));
}

export function useIndustries() {
  const client = useApiClient();
  return useQuery({ queryKey: ['industries'], queryFn: () => listIndustries(client), staleTime: Infinity });
}

/** Industry names come from the label catalog; an industry it does not know yet shows the API's name, else the code. */
export function useIndustryName(): (code: string) => string {
  const { t, i18n } = useTranslation();
  const { data } = useIndustries();
  const english = i18n.language === 'en';
  return (code) => {
    const industry = data?.find((i) => i.code === code);
    const fallback = industry ? (english ? industry.nameEn : industry.nameZh) : code;
    return t(`label.industry.${code}`, { defaultValue: fallback });
  };
}
