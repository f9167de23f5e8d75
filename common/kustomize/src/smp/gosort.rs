//! Go's `sort.SliceStable` (insertion sort in blocks of 20, then `symMerge`), step for step.
//!
//! apimachinery sorts merged lists with a comparator that is not a strict weak order when an
//! item is missing from the ordering list (it then claims "less" both ways); the result then
//! depends on the exact algorithm, so this reproduces Go's rather than using `sort_by`.

/// Sorts `items` in place like Go's `sort.SliceStable(items, less)`.
pub(super) fn slice_stable<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let n = items.len();
    let less_at = |items: &[T], i: usize, j: usize| match (items.get(i), items.get(j)) {
        (Some(a), Some(b)) => less(a, b),
        _ => false,
    };
    let mut block = 20;
    let (mut a, mut b) = (0, block);
    while b <= n {
        insertion_sort(items, a, b, &less_at);
        a = b;
        b += block;
    }
    insertion_sort(items, a, n, &less_at);
    while block < n {
        let (mut a, mut b) = (0, 2 * block);
        while b <= n {
            sym_merge(items, a, a + block, b, &less_at);
            a = b;
            b += 2 * block;
        }
        let m = a + block;
        if m < n {
            sym_merge(items, a, m, n, &less_at);
        }
        block *= 2;
    }
}

fn insertion_sort<T>(items: &mut [T], a: usize, b: usize, less: &impl Fn(&[T], usize, usize) -> bool) {
    for i in a + 1..b {
        let mut j = i;
        while j > a && less(items, j, j - 1) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn sym_merge<T>(items: &mut [T], a: usize, m: usize, b: usize, less: &impl Fn(&[T], usize, usize) -> bool) {
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) / 2;
            if less(items, h, a) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        for k in a..i.saturating_sub(1) {
            items.swap(k, k + 1);
        }
        return;
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) / 2;
            if !less(items, m, h) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = m;
        while k > i {
            items.swap(k, k - 1);
            k -= 1;
        }
        return;
    }
    let mid = (a + b) / 2;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) / 2;
        if !less(items, p - c, c) {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(items, start, m, end);
    }
    if a < start && start < mid {
        sym_merge(items, a, start, mid, less);
    }
    if mid < end && end < b {
        sym_merge(items, mid, end, b, less);
    }
}

fn rotate<T>(items: &mut [T], a: usize, m: usize, b: usize) {
    let (mut i, mut j) = (m - a, b - m);
    while i != j {
        if i > j {
            swap_range(items, m - i, m, j);
            i -= j;
        } else {
            swap_range(items, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(items, m - i, m, i);
}

fn swap_range<T>(items: &mut [T], a: usize, b: usize, n: usize) {
    for i in 0..n {
        items.swap(a + i, b + i);
    }
}

#[cfg(test)]
mod tests {
    use super::slice_stable;

    #[test]
    fn sorts_stably_like_any_stable_sort_for_a_proper_order() {
        let mut items: Vec<(u32, usize)> = (0..100).map(|i| ((i * 37 % 11) as u32, i)).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|x| x.0);
        slice_stable(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, expected);
    }

    #[test]
    fn an_always_true_comparator_reverses_a_short_list_as_go_does() {
        let mut items = vec![1, 2, 3];
        slice_stable(&mut items, |_, _| true);
        assert_eq!(items, vec![3, 2, 1]);
    }
}
