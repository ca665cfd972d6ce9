export const API_DATA_SOURCE = Symbol('API_DATA_SOURCE');
