# 1 "func_lcs_dp.sy"
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
# 1 "func_lcs_dp.sy" 2

int dp[41][41];

int max(int a, int b) {
  if (a > b) return a;
  return b;
}

int main() {
  int x[40], y[40];
  int n = getarray(x);
  int m = getarray(y);
  int i = 0;
  while (i <= n) { dp[i][0] = 0; i = i + 1; }
  int j = 0;
  while (j <= m) { dp[0][j] = 0; j = j + 1; }
  i = 1;
  while (i <= n) {
    j = 1;
    while (j <= m) {
      if (x[i - 1] == y[j - 1]) dp[i][j] = dp[i - 1][j - 1] + 1;
      else dp[i][j] = max(dp[i - 1][j], dp[i][j - 1]);
      j = j + 1;
    }
    i = i + 1;
  }
  int len = dp[n][m];
  int out[40];
  int k = len;
  i = n;
  j = m;
  while (i > 0 && j > 0) {
    if (x[i - 1] == y[j - 1]) {
      k = k - 1;
      out[k] = x[i - 1];
      i = i - 1;
      j = j - 1;
    } else if (dp[i - 1][j] >= dp[i][j - 1]) {
      i = i - 1;
    } else {
      j = j - 1;
    }
  }
  putarray(len, out);
  return len;
}
