// For runtimes without `Intl.supportedValuesOf` (Safari < 15.4, Node < 18): one zone per
// distinct offset and the most populous places, so a picker still works. Each is checked
// against the runtime before use.
export const FALLBACK_TIME_ZONES: readonly string[] = [
  'Pacific/Pago_Pago', 'Pacific/Honolulu', 'America/Anchorage', 'America/Los_Angeles', 'America/Vancouver',
  'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Edmonton', 'America/Chicago',
  'America/Mexico_City', 'America/Winnipeg', 'America/New_York', 'America/Toronto', 'America/Bogota',
  'America/Lima', 'America/Halifax', 'America/Caracas', 'America/Santiago', 'America/Asuncion',
  'America/St_Johns', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Montevideo',
  'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'UTC', 'Europe/London', 'Europe/Dublin',
  'Europe/Lisbon', 'Africa/Abidjan', 'Africa/Lagos', 'Africa/Casablanca', 'Europe/Paris', 'Europe/Berlin',
  'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Copenhagen', 'Europe/Stockholm', 'Europe/Warsaw',
  'Africa/Cairo', 'Africa/Johannesburg', 'Europe/Athens', 'Europe/Helsinki', 'Europe/Kyiv', 'Asia/Jerusalem',
  'Europe/Istanbul', 'Europe/Moscow', 'Asia/Riyadh', 'Africa/Nairobi', 'Asia/Tehran', 'Asia/Dubai',
  'Asia/Kabul', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Dhaka',
  'Asia/Yangon', 'Asia/Bangkok', 'Asia/Jakarta', 'Asia/Ho_Chi_Minh', 'Asia/Shanghai', 'Asia/Hong_Kong',
  'Asia/Singapore', 'Asia/Manila', 'Australia/Perth', 'Australia/Eucla', 'Asia/Tokyo', 'Asia/Seoul',
  'Australia/Darwin', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Sydney', 'Australia/Melbourne',
  'Australia/Lord_Howe', 'Pacific/Noumea', 'Pacific/Norfolk', 'Pacific/Auckland', 'Pacific/Fiji',
  'Pacific/Chatham', 'Pacific/Tongatapu', 'Pacific/Apia', 'Pacific/Kiritimati',
]
