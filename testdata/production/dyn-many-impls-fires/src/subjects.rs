/// The subject line of a campaign email. Every campaign here has a fixed subject and
/// ignores `recipient` (the parameter is there for campaigns that would personalise it).
pub trait Subject {
    fn subject(&self, recipient: &str) -> String;
}

macro_rules! campaigns {
    ($($name:ident => $subject:literal;)*) => {
        $(
            pub struct $name;

            impl Subject for $name {
                fn subject(&self, _recipient: &str) -> String {
                    String::from($subject)
                }
            }
        )*
    };
}

campaigns! {
    SpringSale => "Spring sale: Gold at half price";
    SummerSale => "Summer sale: 3 months free";
    AutumnSale => "Autumn deals are here";
    WinterSale => "Warm up your winter: Gold -40%";
    BlackFriday => "Black Friday: our best price ever";
    CyberMonday => "Cyber Monday: last chance";
    Valentines => "Find your Valentine this week";
    NewYear => "New year, new matches";
    Birthday => "Happy birthday from Amora";
    Anniversary => "One year with Amora";
    WelcomeDay1 => "Welcome to Amora";
    WelcomeDay3 => "Complete your profile";
    WelcomeDay7 => "Your first week";
    WinBack30 => "We miss you";
    WinBack90 => "It has been a while";
    WinBack180 => "Come back for a free boost";
    TrialEnding => "Your trial ends soon";
    TrialEnded => "Your trial has ended";
    RenewalReminder => "Your plan renews in 3 days";
    PaymentFailed => "Update your payment method";
    BoostOffer => "Boost your profile today";
    SuperLikeOffer => "5 super likes for you";
    GoldUpsell => "See who likes you with Gold";
    PlatinumUpsell => "Go Platinum";
    ReferralInvite => "Invite a friend, get a month free";
    ReferralReward => "Your friend joined";
    SurveyInvite => "Tell us what you think";
    FeatureVideo => "New: video dates";
    FeatureVoice => "New: voice notes";
    FeaturePrompts => "New: profile prompts";
    EventInvite => "Singles night near you";
    EventReminder => "Tonight: singles night";
    WeeklyDigest => "Your week on Amora";
    MonthlyDigest => "Your month on Amora";
    PhotoTips => "5 tips for better photos";
    SafetyTips => "Dating safely";
    SeasonalQuiz => "Take the summer quiz";
    PriceChange => "Our prices are changing";
    AppUpdate => "Update for the new look";
    LastChance => "Last chance: offer ends tonight";
}
