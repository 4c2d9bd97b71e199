use crate::campaign;

/// Where an account alert goes. `notify` gets the member's address on that channel.
pub trait Notifier {
    fn notify(&self, address: &str) -> bool;
}

/// Channels not wired up in this build: each accepts and drops the alert.
macro_rules! unwired {
    ($($name:ident),* $(,)?) => {
        $(
            pub struct $name;

            impl Notifier for $name {
                fn notify(&self, address: &str) -> bool {
                    !address.is_empty()
                }
            }
        )*
    };
}

unwired! {
    EmailNotifier, PushNotifier, InAppNotifier, SlackNotifier, TeamsNotifier, WebhookNotifier, DiscordNotifier, TelegramNotifier,
    WhatsAppNotifier, SignalNotifier, PagerNotifier, VoiceNotifier, FaxNotifier, PostcardNotifier, RssNotifier, MatrixNotifier,
    MastodonNotifier, LineNotifier, WeChatNotifier, ViberNotifier, KakaoNotifier, ZaloNotifier, ThreemaNotifier, WireNotifier,
    XmppNotifier, IrcNotifier, NtfyNotifier, GotifyNotifier, PushoverNotifier, OpsGenieNotifier, StatuspageNotifier,
}

/// The one written-out implementation: it also texts a promotion to the address it is given.
pub struct SmsNotifier;

impl Notifier for SmsNotifier {
    fn notify(&self, address: &str) -> bool {
        campaign::text_offer(address, "Your account is safe. Upgrade to Gold for 2-step login!") // redline: expect purpose-violation (contact.phone, marketing)
    }
}
