/** Capitalised foreign words of clubs, firms, media, places and products that are never part of a person's name. */
import { hasEnglishNounSuffix } from './foreign-names';

// Capitalised English/foreign words of club, league, venue and brand names, never in a person's name.
const FOREIGN_NON_NAME_WORDS = new Set([
  'The', 'Of', 'And', 'Video', 'Clip', 'Other', 'Woman', 'Secret', 'League', 'Champions', 'Premier', 'Cup', 'Real', 'Madrid', 'Munich', 'Bayern', 'City', 'United',
  'Arena', 'Images', 'Lane', 'Illustrated', 'Swimsuit', 'Sports', 'Miss', 'Mega', 'Jackpot',
  'Sporting', 'Lisbon', 'Barcelona', 'Chelsea', 'Arsenal', 'Liverpool', 'Juventus', 'Milan', 'Inter',
  'Dortmund', 'Manchester', 'Tottenham', 'Everton', 'Leicester', 'Stadium', 'Park', 'Hotel', 'Group',
  'Bank', 'Airlines', 'Airways', 'Award', 'Awards', 'Festival', 'Show', 'Times', 'Post', 'News',
  'Street', 'Journal', 'Bowl', 'Super', 'Club', 'Football', 'Association', 'Corporation', 'Company',
  'Inc', 'Ltd', 'Co', 'Holdings', 'Global', 'International', 'Mobile', 'Galaxy', 'Apple', 'Google',
  'Facebook', 'Samsung', 'Microsoft', 'Android', 'Windows', 'Iphone', 'Phone', 'Pro', 'Plus', 'Max',
  'Asia', 'Europe', 'America', 'World', 'Open', 'Grand', 'Prix', 'Tour', 'Series', 'Game', 'Games',
  'Studio', 'Studios', 'Records', 'Entertainment', 'Media', 'Network', 'Channel', 'Magazine', 'Center',
  'Centre', 'University', 'College', 'School', 'Institute', 'Hospital', 'Museum', 'Tower', 'Mall',
  'Square', 'Palace', 'House', 'Airport', 'Station', 'Road', 'Avenue', 'Bridge', 'River', 'Lake',
  'Island', 'Beach', 'Mountain', 'Valley', 'Hills', 'Village', 'Town', 'County', 'State', 'Republic',
  'Kingdom', 'Union', 'Council', 'Committee', 'Party', 'Army', 'Navy', 'Force', 'Police', 'Agency',
  'Ministry', 'Department', 'Office', 'Service', 'Fund', 'Foundation', 'Trust', 'Capital', 'Partners',
  'Motors', 'Energy', 'Oil', 'Gas', 'Power', 'Electric', 'Technology', 'Technologies', 'Systems',
  'Software', 'Digital', 'Online', 'Store', 'Shop', 'Market', 'Coffee', 'Burger', 'Pizza', 'Chicken',
  'Zoo', 'Resort', 'Spa', 'Garden', 'Gardens', 'Lounge', 'Links', 'Estate', 'Composite', 'Index',
  'Concept', 'Racing', 'Masters', 'Idol', 'Kids', 'Top', 'Model', 'Control', 'Interface', 'Air',
  'Sachs', 'Mail', 'Wars', 'Utd', 'Liga', 'Roar', 'Great',
  // Parliaments written in their own language: "Chủ tịch Verkhovnaya Rada Andrei Parubiy", "Duma Quốc gia".
  'Verkhovnaya', 'Rada', 'Duma', 'Knesset', 'Bundestag',
  // Sports dailies and J.League clubs: "tờ Diario Gol", "Mundo Deportivo", "Kashima Antlers", "Mito Hollyhock".
  'Diario', 'Gazzetta', 'Corriere', 'Mundo', 'Hollyhock', 'Antlers', 'Frontale', 'Marinos', 'Reysol', 'Grampus',
  // Product words: "Instant Notes", "Leather Sleeve", "Smart Cover".
  'Notes', 'Note', 'Sleeve', 'Leather', 'Instant', 'Cover', 'Case', 'Smart', 'Watch', 'Tab', 'Pad', 'Book',
  // Footwear and bags in a model's name: "Valentino Rockstud Sandal".
  'Sandal', 'Sandals', 'Sneaker', 'Sneakers', 'Bag', 'Tote', 'Clutch',
  // Club names: "Crystal Palace", "Atletico Madrid", "Blackburn Rovers" (not "Villa", "Forest": David Villa).
  'Athletic', 'Rovers', 'Wanderers', 'Albion', 'Hotspur', 'Palace', 'Rangers', 'Celtic',
  'Olympique', 'Atletico', 'Atlético', 'Deportivo', 'Borussia', 'Dynamo', 'Spartak', 'Sociedad',
  // Media, companies and bodies: "Daily Telegraph", "Warner Bros", "Goldman Securities".
  'Daily', 'Herald', 'Telegraph', 'Guardian', 'Tribune', 'Press', 'Today', 'Weekly', 'Review', 'Insider',
  'Radio', 'Television', 'Broadcasting', 'Bros', 'Brothers', 'Pictures', 'Motor', 'Airline', 'Logistics',
  'Pharma', 'Foods', 'Labs', 'Solutions', 'Ventures', 'Investment', 'Securities', 'Insurance', 'Finance',
  'Financial', 'Consulting', 'Federation', 'Organization', 'Organisation', 'Nations', 'Forum', 'Summit',
  'Academy', 'Fortune',
  // Services and accessories: "Vinasun Car", "Quick Charge", "Moto Mods", "Aman Canal Grande".
  'Car', 'Cars', 'Taxi', 'Charge', 'Mods', 'Canal', 'Brom', 'Bromwich',
  // More clubs a transfer list glues before a player's name ("tới Bournemouth Oscar - 60 triệu bảng").
  'Bournemouth', 'Wolfsburg', 'Saint-Germain', 'Roma', 'Lazio', 'Napoli', 'Sevilla', 'Villarreal', 'Schalke',
  'Leverkusen', 'Southampton', 'Watford', 'Burnley', 'Swansea', 'Sunderland', 'Middlesbrough', 'Benfica',
  // News agencies and papers: "Theo Reuters", "Sputnik Piotr Tsvetov", "Asahi Shimbun" (not "Bloomberg",
  // its founder's family name: "tỷ phú Michael Bloomberg"; the agency is named alone or with a listed word, "Bloomberg News").
  'Reuters', 'Sputnik', 'Xinhua', 'Yonhap', 'Kyodo', 'Tass', 'Shimbun', 'Fool',
  // Korean papers ("Rodong Sinmun") and ship prefixes of navies ("USS Carl Vinson", "HMS Queen Elizabeth").
  'Sinmun', 'USS', 'HMS', 'INS', 'Serie',
  // Car body types in a model's name, where a model letter stands as an initial would ("Suzuki Wagon R Stingray").
  'Wagon', 'Sedan', 'Hatchback', 'Coupe', 'Roadster',
  // Engine and body words of a model's name ("Jazz Hybrid", "TwinPower Turbo", "Golden Yellow Metallic"; not "Diesel": Vin Diesel).
  'Turbo', 'Hybrid', 'TwinPower', 'EcoBoost', 'Cabriolet', 'Convertible', 'Limousine', 'Crossover', 'Metallic', 'Matte',
  // Charts and custom motorcycles: "Billboard Hot 100", "Confederate Wraith".
  'Billboard', 'Hot', 'Confederate', 'Wraith',
  // Teams, firms, units, events and products: "Dallas Cowboys", "Jetstar Pacific", "Sultan Morad
  // Brigade", "Community Shield", "Range Rover Evoque", "Gangnam Style", "High Performance".
  'Cowboys', 'Werder', 'Shanghai', 'Pacific', 'Pacifica', 'Brigade', 'Battalion', 'Regiment', 'Shield',
  'Women', 'Girl', 'Girls', 'Boy', 'Boys', 'Style', 'Program', 'Programme', 'Sport', 'Performance', 'High',
  'Logic', 'Dynamic', 'Command', 'Assist', 'Pilot', 'Touch', 'Universal', 'Paradise', 'Rover', 'Cruiser',
  'Flower', 'Rice', 'Cola', 'Mobil', 'Vuitton', 'Gucci', 'Chanel', 'Prada', 'Versace', 'Face', 'Wants',
  // Arabic words of armed groups' names: "Ahrar al-Sham", "Faylaq al-Rahman", "Jaish al-Islam".
  'Ahrar', 'Faylaq', 'Jabhat', 'Jaish', 'Liwa', 'Harakat', 'Maghawir', 'Tahrir', 'Ansar', 'Kremlin',
  // English common words of products, services, events and places: "Internet Explorer", "Device
  // Management", "Fashion Week", "Sanyo Homes", "Okpo Land", "Old Trafford", "Saint Germain".
  'Advanced', 'Modular', 'Platform', 'System', 'Device', 'Management', 'Manage', 'Storage', 'Email', 'Push',
  'Display', 'Infinity', 'Internet', 'Explorer', 'Launch', 'Release', 'Nano', 'Twist', 'Karaoke', 'Matrix',
  'Home', 'Homes', 'Development', 'Land', 'Week', 'Fashion', 'Musicians', 'Competition',
  // Software features: "App Transport Security".
  'App', 'Apps', 'Transport', 'Security',
  'Invitational', 'Work', 'Jets', 'Biology', 'Current', 'New', 'Old', 'Saint', 'Santa', 'BlackBerry',
  'Bull', 'Glass', 'Steel', 'Stainless', 'Dinner', 'Gala', 'Dreams', 'Legends', 'Amazing', 'Spaces', 'Reporter',
  'Calendar', 'Repeater', 'Minute', 'Enamel', 'Latin', 'Medieval', 'Project', 'Championship', 'Vehicle', 'Port',
  'Virus', 'Crazy', 'Skulls', 'Commander', 'San', 'Celta', 'Indian', 'Olympic', 'Orange', 'Mile', 'Eight',
  'Dow', 'Disney', 'Arabiya', 'Grup', 'Pasukan', 'Gerakan', 'Khas',
  // Clubs, pollsters, glossed terms and app names: "Preston North End", "West Ham", "Public Policy
  // Polling", "(Diamond Cut)", "Lock It Up".
  'North', 'End', 'Public', 'Policy', 'Polling', 'Diamond', 'Cut', 'Ham', 'Golf', 'It', 'Up', 'How', 'Not', 'Trade', 'Marketing', 'GmbH',
  'Central', 'Food', 'Hall', 'Assistant', 'Referee', 'Dhabi',
  'Motion', 'Eye', 'Beijing', 'Guangzhou', 'Tianjin', 'Man', 'Beautiful', 'You', 'Always', 'On', 'Dream', 'Team',
  // Titles of songs and films, dishes, magazines and gadgets: "Bad Blood", "Star Trek", "Lemon
  // Cheese", "Rolling Stone", "Balance Free Cushion", "Tunnel Boring Machine".
  'Blood', 'Born', 'Way', 'Million', 'Reasons', 'Returns', 'Trek', 'Star', 'Impossible', 'Mission', 'Baby',
  'Wanted', 'Most', 'Cheese', 'Croissant', 'Chocolate', 'Roll', 'Lemon', 'Tart', 'Original', 'Bacon', 'Full',
  'Balance', 'Free', 'Cushion', 'Fork', 'Piston', 'Big', 'Antivirus', 'Endpoint', 'Log', 'Diaper', 'Tunnel',
  'Boring', 'Machine', 'Play', 'Trailer', 'Ransomware', 'Bazaar', 'Health', 'Geographic', 'National',
  'Rolling', 'Jazeera', 'Medical', 'Fight', 'Maze', 'Hedge',
  // Trims and editions of products: "Touring Premium Package", "Galaxy Note Edition".
  'Premium', 'Package', 'Edition', 'Limited', 'Special', 'Ultra', 'Mini', 'Lite', 'Prime',
  // Countries and peoples in English: "Hebei China Fortune", "Japan Airlines".
  'China', 'Japan', 'Korea', 'Vietnam', 'Thailand', 'India', 'Russia', 'France', 'Germany', 'Spain',
  'England', 'British', 'American', 'Chinese', 'Japanese', 'Korean',
  // American teams by their plural nicknames: "Atlanta Falcons", "New England Patriots", "Golden State Warriors".
  'Falcons', 'Patriots', 'Eagles', 'Warriors', 'Lakers', 'Celtics', 'Cavaliers', 'Spurs', 'Rockets', 'Bulls', 'Knicks',
  'Giants', 'Yankees', 'Dodgers', 'Broncos', 'Packers', 'Steelers', 'Seahawks', 'Panthers', 'Raiders', 'Chiefs',
  'Bears', 'Jaguars', 'Titans', 'Saints', 'Ravens', 'Texans', 'Colts', 'Dolphins', 'Vikings', 'Chargers', 'Redskins',
  'Bengals', 'Buccaneers', 'Clippers', 'Mavericks', 'Nuggets', 'Pistons', 'Pacers', 'Hornets', 'Grizzlies',
  'Pelicans', 'Timberwolves', 'Raptors', 'Wizards', 'Blazers', 'Astros', 'Braves', 'Cubs', 'Mets',
  // English common words of shows, songs and products: "Very Good Days", "Coop Organic", "Pijama Suit".
  'Very', 'Good', 'Days', 'Organic', 'Suit', 'Mashup', 'Boom', 'Got', 'Talent', 'Voice', 'Next', 'Running',
  'Password', 'Manager', 'Industries', 'Industry', 'Nature',
  // Research, medicine and trade: "SSI Retail Research", "Journal of Traditional and Complementary Medicine".
  'Research', 'Retail', 'Medicine', 'Complementary', 'Traditional', 'Science', 'Sciences', 'Studies',
  // Armed groups whose Arabic article reads like a first name ("Al Qaeda", "Al Shabaab"; not "Al Gore").
  'Qaeda', 'Shabaab', 'Nusra',
  // Prizes, German firms and media, medical journals, exercises: "Hult Prize", "Deutsche Welle",
  // "Journal of Clinical Psychiatry", "Jumping Jacks".
  'Prize', 'Prizes', 'Deutsche', 'Welle', 'Clinical', 'Jumping',
  // Words of song titles, devices and trims: "One Last Time", "Surface Laptop", "Cayenne Platinum".
  'One', 'Last', 'Time', 'Laptop', 'Desktop', 'Tablet', 'Platinum',
  // English common words of menus, games, films, albums, firms and terms: "Sign Out", "Send Gift",
  // "Final Fantasy", "Any Given Sunday", "Civil Rights Defenders", "Kaspersky Lab", "Oculus Rift"
  // (not "My", a Vietnamese given name, nor "Blue", as in "Blue Ivy Carter").
  'Sign', 'Out', 'Send', 'Gift', 'Allow', 'Changes', 'Messages', 'Sync', 'Customise', 'Controls', 'Clone', 'Camera',
  'Final', 'Fantasy', 'Any', 'Almost', 'Normal', 'Forever', 'Lovely', 'Elegant', 'Eternal', 'Extra',
  'Hyper', 'Fighting', 'Interactive', 'Atomic', 'Scientists', 'Civil', 'Rights', 'Defenders', 'War', 'Double',
  'Disaster', 'Cinema', 'Female', 'Founders', 'Enterprise', 'Alliance', 'Lab', 'Luxury', 'Family', 'Your',
  'Life', 'Live', 'Walk', 'Rift', 'Tours', 'Memory', 'Retreat', 'Imperial', 'Zero', 'Horizon', 'Cluster', 'Pioneer',
  'Captain', 'Bored', 'Basin', 'Lions', 'Morning',
  // Trades in firms' names: "Murata Manufacturing", "Pixl Toys", "Lockheed Martin Aerospace".
  'Manufacturing', 'Toys', 'Aerospace', 'Electronics', 'Chemicals', 'Chemical', 'Pharmaceuticals', 'Pharmaceutical',
  'Automotive', 'Cosmetics', 'Trading', 'Construction', 'Engineering', 'Corp', 'Holding', 'Plc', 'LLC', 'Excel',
  // Clubs and cups: "Ajax Amsterdam", "Boca Juniors", "River Plate", "Coppa Italia", "Copa del Rey".
  'Ajax', 'Amsterdam', 'Feyenoord', 'Eindhoven', 'Juniors', 'Plate', 'Coppa', 'Copa',
  // Churches and peoples: "Holy Sepulchre", "St. Paul's Cathedral", "Standing Rock Sioux".
  'Holy', 'Sepulchre', 'Cathedral', 'Church', 'Chapel', 'Basilica', 'Abbey', 'Mosque', 'Sioux',
]);

// English common words (function words, verbs, adjectives, everyday nouns) that titles of films,
// songs, shows, firms and products are made of ("Money Never Sleeps", "Bright Side", "Belly Dance")
// and that no given name or surname takes. Words that are also names stay out: Will, Rose, Grace,
// Hope, Young, Stone, Cook, Moon, Sun, Song, Page, Price, Day, Law, Win, Low, More, Ever, Sunday,
// Said (Arabic), Soon (Korean), Begin, Ocean, Brilliant, and misspelt names (Deep for Depp, Job for Jobs);
// so do English words spelt as Vietnamese syllables ("Say", "Than", "Cat", "Ring": "Tráng Thị Say").
const ENGLISH_COMMON_WORDS = new Set([
  'About', 'Action', 'Adventure', 'After', 'Again', 'Against', 'Alarm', 'Album', 'All', 'Also', 'Among', 'Angry',
  'Animal', 'Another', 'Answer', 'Anything', 'Apart', 'Apartment', 'Around', 'Aston', 'Attack', 'Audio', 'Back',
  'Bad', 'Bag', 'Band', 'Barca', 'Barça', 'Bath', 'Battle', 'Beast', 'Beauty', 'Become', 'Bed', 'Bedroom', 'Bee',
  'Before', 'Behind', 'Being', 'Belly', 'Below', 'Better', 'Between', 'Beyond', 'Bigger', 'Birds',
  'Birthday', 'Board', 'Body', 'Bomb', 'Both', 'Bottle', 'Box', 'Boyfriend', 'Brain', 'Bread', 'Break', 'Breakfast',
  'Brick', 'Bride', 'Bring', 'Bubble', 'Budget', 'Building', 'Bus', 'Business', 'Busy', 'Butter',
  'Cake', 'Call', 'Came', 'Cannot', 'Card', 'Care', 'Career', 'Careful', 'Carpet', 'Catch', 'Cause', 'Chain',
  'Chair', 'Challenge', 'Change', 'Chart', 'Cheap', 'Check', 'Chef', 'Cheque', 'Children', 'Choice', 'Choose',
  'Circle', 'Class', 'Clean', 'Clear', 'Clock', 'Closed', 'Cloud', 'Code', 'Coin', 'Cold', 'Collection', 'Color',
  'Colour', 'Come', 'Comedy', 'Comfort', 'Coming', 'Concert', 'Contest', 'Cool', 'Corner', 'Cost', 'Could', 'Couple',
  'Course', 'Crash', 'Cream', 'Credit', 'Crew', 'Crime', 'Crown', 'Cry', 'Culture', 'Dance', 'Dancing', 'Danger',
  'Dark', 'Data', 'Daughter', 'Dead', 'Death', 'Design', 'Desk', 'Did', 'Different', 'Does', 'Dog', 'Doing',
  'Doll', 'Dollar', 'Done', 'Door', 'Down', 'Drama', 'Dress', 'Drink', 'Drive', 'Driving', 'Drop', 'Duck', 'During',
  'Dust', 'Each', 'Early', 'Earth', 'Easy', 'Eat', 'Egg', 'Else', 'Empty', 'Enable', 'Engine', 'Enough', 'Entry',
  'Error', 'Even', 'Event', 'Everything', 'Exchange', 'Exit', 'Expert', 'Eyes', 'Factory', 'Fall', 'Falling', 'Farm',
  'Fast', 'Father', 'Fear', 'Feel', 'Feeling', 'Few', 'Fill', 'Film', 'Find', 'Finger', 'First', 'Fit', 'Fix',
  'Flag', 'Flat', 'Flight', 'Floor', 'Fly', 'Flying', 'Follow', 'For', 'Fresh', 'Friend', 'Friends', 'From', 'Fruit',
  'Fuel', 'Fun', 'Funny', 'Garage', 'Gate', 'Gear', 'Getting', 'Ghost', 'Girlfriend', 'Girlfriends', 'Give',
  'Goal', 'Going', 'Gone', 'Guide', 'Hair', 'Hands', 'Happiness', 'Happy', 'Hard', 'Has', 'Have', 'Heat', 'Heaven',
  'Heavy', 'Hello', 'Help', 'Here', 'Hero', 'Heroes', 'Hidden', 'History', 'Horse', 'Hour', 'Huge', 'Idea', 'If',
  'Image', 'Into', 'Is', 'Italian', 'Joke', 'Juice', 'Just', 'Keep', 'Kick', 'Kill', 'Kitchen', 'Knife',
  'Know', 'Known', 'Language', 'Large', 'Laser', 'Late', 'Later', 'Leader', 'Leaf', 'Learn', 'Leave', 'Less',
  'Level', 'Library', 'Like', 'Line', 'List', 'Listen', 'Living', 'Lock', 'Look', 'Looking', 'Loop', 'Loud', 'Luck',
  'Lunch', 'Made', 'Make', 'Making', 'Markets', 'Match', 'Meal', 'Meat', 'Member', 'Menu', 'Message', 'Metal',
  'Might', 'Milk', 'Mind', 'Mirror', 'Moment', 'Monday', 'Money', 'Monster', 'Mouse', 'Mouth', 'Move', 'Movie',
  'Music', 'Must', 'Mystery', 'Name', 'Near', 'Neck', 'Need', 'Never', 'Nice', 'Night', 'Noise', 'None',
  'Nothing', 'Now', 'Number', 'Oceans', 'Off', 'Often', 'Only', 'Order', 'Our', 'Over', 'Own', 'Owner',
  'Pain', 'Paint', 'Pair', 'Paper', 'Partner', 'Pass', 'Past', 'Peace', 'People', 'Piano', 'Picture', 'Piece',
  'Pig', 'Place', 'Plan', 'Planet', 'Plate', 'Please', 'Pocket', 'Point', 'Poison', 'Pool', 'Poor', 'Problem',
  'Product', 'Profit', 'Promise', 'Pull', 'Question', 'Race', 'Rainbow', 'Range', 'Rate', 'Ready',
  'Really', 'Reason', 'Record', 'Replica', 'Rescue', 'Result', 'Rhythm', 'Right', 'Room', 'Rule', 'Rules',
  'Sad', 'Safe', 'Sale', 'Salt', 'Same', 'Sand', 'Save', 'Score', 'Screen', 'Sea', 'Season', 'Seat',
  'Second', 'See', 'Seen', 'Sense', 'Shadow', 'Shape', 'Share', 'Shark', 'Sheep', 'Ship', 'Shirt', 'Shoe', 'Shoes',
  'Shot', 'Should', 'Shower', 'Shut', 'Side', 'Simple', 'Since', 'Sister', 'Size', 'Skill', 'Skin', 'Sleep',
  'Sleeping', 'Sleeps', 'Slow', 'Small', 'Smile', 'Smoke', 'Snake', 'Soldier', 'Some', 'Something', 'Sometimes',
  'Sorry', 'Sound', 'Soup', 'Space', 'Speak', 'Speed', 'Spirit', 'Spyder', 'Stage', 'Stand', 'Stars',
  'Start', 'Stay', 'Step', 'Still', 'Stop', 'Story', 'Stranger', 'Stream', 'Strike', 'Striking', 'Student',
  'Sunrise', 'Sunset', 'Sure', 'Table', 'Tail', 'Take', 'Taking', 'Talk', 'Tank', 'Taste', 'Tax', 'Tea', 'Teacher',
  'Teeth', 'Tell', 'Test', 'Thank', 'Thanks', 'Their', 'There', 'These', 'They', 'Things', 'Think', 'This',
  'Those', 'Through', 'Thunder', 'Ticket', 'Together', 'Toilet', 'Tonight', 'Too', 'Took', 'Tool', 'Tooth', 'Toy',
  'Track', 'Traffic', 'Train', 'Transit', 'Travel', 'Treasure', 'Tree', 'Trouble', 'Truck', 'Truth', 'Tune',
  'Turn', 'Twin', 'Uncle', 'Under', 'Universe', 'Until', 'Upside', 'Used', 'Vacation', 'Vision', 'Visit', 'Wallet',
  'Want', 'Was', 'Water', 'Wave', 'Wayward', 'We', 'Weapon', 'Weather', 'Wedding', 'Weekend', 'Well', 'Went', 'Were',
  'What', 'Wheel', 'When', 'Where', 'Which', 'While', 'Who', 'Why', 'Wind', 'Window', 'Wine', 'Wish', 'With',
  'Without', 'Word', 'Words', 'Worker', 'Would', 'Wrong', 'Year', 'Yes',
]);

// English verbs of reporting that open a quote's attribution ("Added Oliver Jones"): never in a name.
const ENGLISH_REPORTING_VERBS = new Set(['Added', 'Adds', 'Says', 'Said', 'Told', 'Wrote', 'Writes', 'Explained', 'Noted']);

// A listed word behind a one-letter prefix: leagues and brands ("K-League", "V-League", "T-Mobile").
const LETTER_PREFIXED = /^\p{Lu}-(\p{Lu}\p{Ll}+)$/u;

function isListedWord(word: string): boolean {
  return FOREIGN_NON_NAME_WORDS.has(word) || ENGLISH_COMMON_WORDS.has(word) || (ENGLISH_REPORTING_VERBS.has(word) && word !== 'Said') || hasEnglishNounSuffix(word);
}

/** True for a capitalised foreign word that is never part of a person's name: a listed one (bare or letter-prefixed) or an English common noun by its suffix. */
export function isForeignNonNameWord(word: string): boolean {
  const prefixed = LETTER_PREFIXED.exec(word);
  return isListedWord(word) || (prefixed !== null && isListedWord(prefixed[1]));
}

/** True for an English verb of reporting ("Added", "Says"), which may open the attribution of a quote. */
export function isEnglishReportingVerb(word: string): boolean {
  return ENGLISH_REPORTING_VERBS.has(word);
}
