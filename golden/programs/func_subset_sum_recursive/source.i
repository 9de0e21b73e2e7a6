# 1 "func_subset_sum_recursive.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_subset_sum_recursive.sy" 2

int items[12] = {3, 34, 4, 12, 5, 2, 27, 9, 15, 1, 22, 8};
int reach[200];

int count_subsets(int i, int n, int target) {
  if (target == 0) return 1;
  if (i == n || target < 0) return 0;
  return count_subsets(i + 1, n, target - items[i]) + count_subsets(i + 1, n, target);
}

int exists_dp(int n, int target) {
  int s = 0;
  while (s <= target) { reach[s] = 0; s = s + 1; }
  reach[0] = 1;
  int i = 0;
  while (i < n) {
    s = target;
    while (s >= items[i]) {
      if (reach[s - items[i]]) reach[s] = 1;
      s = s - 1;
    }
    i = i + 1;
  }
  return reach[target];
}

int main() {
  int targets[7] = {9, 30, 53, 100, 142, 143, 0};
  int i = 0, agree = 0;
  while (i < 7) {
    int c = count_subsets(0, 12, targets[i]);
    int e = exists_dp(12, targets[i]);
    putf("target %d: %d subsets, reachable=%d\n", targets[i], c, e);
    if ((c > 0) == e) agree = agree + 1;
    i = i + 1;
  }
  return agree * 10;
}
