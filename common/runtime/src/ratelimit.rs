//! Client-side rate limiting of Kubernetes API calls (`--kube-api-qps`, `--kube-api-burst`):
//! a token bucket in the kube client's tower stack, like client-go's.

use crate::error::RuntimeError;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tower::{Layer, Service};

/// Builds a kube client from `config` whose requests are limited to `qps` per second with
/// bursts of `burst`. A `qps` of zero or less disables the limit.
pub fn client(config: kube::Config, qps: f32, burst: u32) -> Result<kube::Client, RuntimeError> {
    let builder = kube::client::ClientBuilder::try_from(config)?;
    Ok(builder.with_layer(&RateLimitLayer::new(qps, burst)).build())
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    last: Instant,
    qps: f64,
    burst: f64,
}

impl Bucket {
    /// Takes one token and returns how long to wait until it is really there.
    fn reserve(&mut self) -> Duration {
        if self.qps <= 0.0 {
            return Duration::ZERO;
        }
        let now = Instant::now();
        let refill = now.duration_since(self.last).as_secs_f64() * self.qps;
        self.tokens = (self.tokens + refill).min(self.burst);
        self.last = now;
        self.tokens -= 1.0;
        if self.tokens >= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(-self.tokens / self.qps)
        }
    }
}

/// Tower layer adding a token bucket in front of a service.
#[derive(Clone, Debug)]
pub struct RateLimitLayer {
    bucket: Arc<Mutex<Bucket>>,
}

impl RateLimitLayer {
    /// Creates a bucket holding `burst` tokens refilled at `qps` per second.
    pub fn new(qps: f32, burst: u32) -> Self {
        let burst = f64::from(burst.max(1));
        Self {
            bucket: Arc::new(Mutex::new(Bucket {
                tokens: burst,
                last: Instant::now(),
                qps: f64::from(qps),
                burst,
            })),
        }
    }
}

impl<S> Layer<S> for RateLimitLayer {
    type Service = RateLimit<S>;
    fn layer(&self, inner: S) -> RateLimit<S> {
        RateLimit {
            inner,
            bucket: self.bucket.clone(),
            state: State::Idle,
        }
    }
}

enum State {
    Idle,
    Waiting(Pin<Box<tokio::time::Sleep>>),
    Ready,
}

/// A service that waits for a token before each request.
pub struct RateLimit<S> {
    inner: S,
    bucket: Arc<Mutex<Bucket>>,
    state: State,
}

impl<S, Req> Service<Req> for RateLimit<S>
where
    S: Service<Req>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        loop {
            match &mut self.state {
                State::Idle => {
                    let wait = match self.bucket.lock() {
                        Ok(mut b) => b.reserve(),
                        Err(_) => Duration::ZERO,
                    };
                    self.state = if wait.is_zero() {
                        State::Ready
                    } else {
                        State::Waiting(Box::pin(tokio::time::sleep(wait)))
                    };
                }
                State::Waiting(sleep) => {
                    if sleep.as_mut().poll(cx).is_pending() {
                        return Poll::Pending;
                    }
                    self.state = State::Ready;
                }
                State::Ready => return self.inner.poll_ready(cx),
            }
        }
    }

    fn call(&mut self, req: Req) -> Self::Future {
        self.state = State::Idle;
        self.inner.call(req)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_allows_burst_then_paces() {
        let mut b = Bucket {
            tokens: 3.0,
            last: Instant::now(),
            qps: 10.0,
            burst: 3.0,
        };
        for _ in 0..3 {
            assert_eq!(b.reserve(), Duration::ZERO);
        }
        let w = b.reserve();
        assert!(
            w > Duration::from_millis(50) && w <= Duration::from_millis(100),
            "{w:?}"
        );
    }

    #[test]
    fn zero_qps_disables_limit() {
        let mut b = Bucket {
            tokens: 0.0,
            last: Instant::now(),
            qps: 0.0,
            burst: 1.0,
        };
        assert_eq!(b.reserve(), Duration::ZERO);
    }
}
