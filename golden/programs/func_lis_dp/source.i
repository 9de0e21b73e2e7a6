# 1 "func_lis_dp.sy"
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
# 1 "func_lis_dp.sy" 2

int seq[60];
int len[60];
int tails[60];

int lis_quadratic(int n) {
  int best = 0, i = 0;
  while (i < n) {
    len[i] = 1;
    int j = 0;
    while (j < i) {
      if (seq[j] < seq[i] && len[j] + 1 > len[i]) len[i] = len[j] + 1;
      j = j + 1;
    }
    if (len[i] > best) best = len[i];
    i = i + 1;
  }
  return best;
}

int lis_patience(int n) {
  int size = 0, i = 0;
  while (i < n) {
    int lo = 0, hi = size;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (tails[mid] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = seq[i];
    if (lo == size) size = size + 1;
    i = i + 1;
  }
  return size;
}

int main() {
  int n = 60, i = 0, v = 17;
  while (i < n) {
    v = (v * 29 + 7) % 97;
    seq[i] = v - 48;
    i = i + 1;
  }
  int a = lis_quadratic(n);
  int b = lis_patience(n);
  putarray(n, seq);
  putf("lis=%d patience=%d\n", a, b);
  putarray(n, len);
  if (a != b) return 0;
  return a;
}
