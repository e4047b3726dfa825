import { useCallback, useEffect, useState } from 'react';

export type GeoStatus = 'locating' | 'ok' | 'denied' | 'unavailable';

export interface GeoState {
  status: GeoStatus;
  latitude?: number;
  longitude?: number;
  accuracy?: number;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
const supported = () => typeof navigator !== 'undefined' && 'geolocation' in navigator;

/** The phone's position for a report: optional, asked for once on open, with a retry. */
export function useGeolocation(): [GeoState, () => void] {
  const [state, setState] = useState<GeoState>(() => ({ status: supported() ? 'locating' : 'unavailable' }));

  const request = useCallback(() => {
    if (!supported()) return;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState({
          status: 'ok',
          latitude: round(position.coords.latitude),
          longitude: round(position.coords.longitude),
          accuracy: Math.round(position.coords.accuracy),
        });
      },
      (error) => {
        setState({ status: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' });
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }, []);

  useEffect(request, [request]);

  const retry = useCallback(() => {
    if (!supported()) return;
    setState({ status: 'locating' });
    request();
  }, [request]);
  return [state, retry];
}
