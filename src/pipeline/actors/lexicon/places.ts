/**
 * Places that are never actors: US states, regions, seas and big cities. Countries and capitals
 * are in ./countries.ts; the patterns ("Fort Bragg", "Crimea region", "Black Sea") are in ../places.ts.
 */
import worldCountries from 'world-countries';

export const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia', 'Washington, D.C.',
];

export const REGIONS = [
  'Europe', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe',
  'Asia', 'Central Asia', 'East Asia', 'South Asia', 'Southeast Asia', 'Asia-Pacific', 'Indo-Pacific',
  'Africa', 'North Africa', 'West Africa', 'East Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Sahel',
  'Middle East', 'Near East', 'Gulf', 'Persian Gulf', 'Arabian Peninsula', 'Levant', 'Balkans', 'Baltics',
  'Baltic states', 'Caucasus', 'Scandinavia', 'Latin America', 'South America', 'North America',
  'Central America', 'Caribbean', 'Arctic', 'Antarctica', 'Siberia', 'Mediterranean', 'Black Sea',
  'Baltic Sea', 'Red Sea', 'South China Sea', 'East China Sea', 'North Sea', 'Sea of Azov', 'Caspian Sea',
  'Atlantic', 'North Atlantic', 'Pacific', 'Indian Ocean', 'Taiwan Strait', 'Strait of Hormuz',
  'Crimea', 'Donbas', 'Donbass', 'Donetsk', 'Luhansk', 'Lugansk', 'Kherson', 'Zaporizhzhia', 'Transnistria',
  'Abkhazia', 'South Ossetia', 'Nagorno-Karabakh', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights',
  'Kashmir', 'Tibet', 'Xinjiang', 'Hong Kong', 'Macau', 'Greenland', 'Puerto Rico', 'Guam', 'Kurdistan',
  'Sinai', 'Darfur', 'Tigray', 'Idlib', 'Kaliningrad', 'Chechnya', 'Silicon Valley', 'Wall Street',
];

export const CITIES = [
  'New York City', 'Los Angeles', 'Chicago', 'Houston', 'San Francisco', 'Boston', 'Miami', 'Atlanta',
  'Seattle', 'Dallas', 'Philadelphia', 'Detroit', 'Denver', 'Las Vegas', 'Camp David', 'Mar-a-Lago',
  'Geneva', 'Munich', 'Frankfurt', 'Hamburg', 'Milan', 'Barcelona', 'Istanbul', 'Manchester', 'Davos',
  'Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Mariupol', 'Lviv', 'Dnipro', 'Bucha', 'Irpin', 'Bakhmut',
  'Mykolaiv', 'Sevastopol', 'Chernobyl', 'St. Petersburg', 'Saint Petersburg', 'Sochi', 'Rostov',
  'Shanghai', 'Hong Kong', 'Shenzhen', 'Wuhan', 'Mumbai', 'Karachi', 'Lahore', 'Dubai', 'Tel Aviv',
  'Jerusalem', 'Aleppo', 'Mosul', 'Basra', 'Benghazi', 'Kandahar', 'Lagos', 'Johannesburg', 'Cape Town',
  'Sydney', 'Melbourne', 'Toronto', 'Montreal', 'Vancouver', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro',
  'Osaka', 'Busan', 'Ho Chi Minh City', 'Gdansk', 'Krakow', 'Rzeszow',
];

/** Capitals of every country in world-countries: places (the few used as actors are METONYMS). */
export const CAPITALS = [...new Set(worldCountries.flatMap((c) => c.capital ?? []))].sort();
