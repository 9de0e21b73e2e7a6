; ModuleID = 'parse_many_declarations.sy'
source_filename = "parse_many_declarations.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@b = dso_local global i32 2, align 4
@d = dso_local global [2 x i32] [i32 4, i32 5], align 4
@e = dso_local global [2 x [2 x i32]] [[2 x i32] [i32 6, i32 0], [2 x i32] [i32 7, i32 8]], align 16
@f = dso_local global i32 9, align 4
@K1 = dso_local constant i32 1, align 4
@K2 = dso_local constant i32 2, align 4
@K3 = dso_local constant i32 6, align 4
@KA = dso_local constant [3 x i32] [i32 1, i32 2, i32 6], align 4
@y = dso_local global float 1.500000e+00, align 4
@z = dso_local global [2 x float] [float 2.500000e+00, float 0.000000e+00], align 4
@w = dso_local global float 5.000000e-01, align 4
@PI = dso_local constant float 0x400921FB40000000, align 4
@TAU = dso_local constant float 0x401921FB40000000, align 4
@HALF = dso_local constant float 5.000000e-01, align 4
@__const.main.u = private unnamed_addr constant [2 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 3], [3 x i32] [i32 4, i32 5, i32 6]], align 16
@__const.main.LA = private unnamed_addr constant [2 x i32] [i32 10, i32 20], align 4
@a = dso_local global i32 0, align 4
@c = dso_local global [3 x i32] zeroinitializer, align 4
@x = dso_local global float 0.000000e+00, align 4
@__const.main.b = private unnamed_addr constant [2 x i32] [i32 1, i32 2], align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca [4 x i32], align 16
  %6 = alloca i32, align 4
  %7 = alloca [2 x [3 x i32]], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [2 x i32], align 4
  %13 = alloca float, align 4
  %14 = alloca float, align 4
  %15 = alloca [3 x float], align 4
  %16 = alloca float, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca [2 x i32], align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca i32, align 4
  %28 = alloca i32, align 4
  %29 = alloca i32, align 4
  %30 = alloca i32, align 4
  %31 = alloca i32, align 4
  %32 = alloca i32, align 4
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 1, i32* %2, align 4
  %35 = load i32, i32* %2, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, i32* %3, align 4
  %37 = load i32, i32* %3, align 4
  %38 = load i32, i32* %3, align 4
  %39 = mul nsw i32 %37, %38
  store i32 %39, i32* %4, align 4
  %40 = getelementptr inbounds [4 x i32], [4 x i32]* %5, i64 0, i64 0
  %41 = load i32, i32* %2, align 4
  store i32 %41, i32* %40, align 4
  %42 = getelementptr inbounds i32, i32* %40, i64 1
  %43 = load i32, i32* %3, align 4
  store i32 %43, i32* %42, align 4
  %44 = getelementptr inbounds i32, i32* %42, i64 1
  %45 = load i32, i32* %4, align 4
  store i32 %45, i32* %44, align 4
  %46 = getelementptr inbounds i32, i32* %44, i64 1
  %47 = getelementptr inbounds i32, i32* %40, i64 4
  br label %48

48:                                               ; preds = %48, %0
  %49 = phi i32* [ %46, %0 ], [ %50, %48 ]
  store i32 0, i32* %49, align 4
  %50 = getelementptr inbounds i32, i32* %49, i64 1
  %51 = icmp eq i32* %50, %47
  br i1 %51, label %52, label %48

52:                                               ; preds = %48
  %53 = load i32, i32* %2, align 4
  %54 = load i32, i32* %3, align 4
  %55 = add nsw i32 %53, %54
  %56 = load i32, i32* %4, align 4
  %57 = add nsw i32 %55, %56
  store i32 %57, i32* %6, align 4
  %58 = bitcast [2 x [3 x i32]]* %7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %58, i8* align 16 bitcast ([2 x [3 x i32]]* @__const.main.u to i8*), i64 24, i1 false)
  %59 = getelementptr inbounds [2 x [3 x i32]], [2 x [3 x i32]]* %7, i64 0, i64 1
  %60 = getelementptr inbounds [3 x i32], [3 x i32]* %59, i64 0, i64 2
  %61 = load i32, i32* %60, align 4
  store i32 %61, i32* %8, align 4
  store i32 3, i32* %9, align 4
  store i32 10, i32* %10, align 4
  store i32 20, i32* %11, align 4
  %62 = bitcast [2 x i32]* %12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %62, i8* align 4 bitcast ([2 x i32]* @__const.main.LA to i8*), i64 8, i1 false)
  store float 1.000000e+00, float* %13, align 4
  %63 = load float, float* %13, align 4
  %64 = fpext float %63 to double
  %65 = fadd double %64, 5.000000e-01
  %66 = fptrunc double %65 to float
  store float %66, float* %14, align 4
  %67 = getelementptr inbounds [3 x float], [3 x float]* %15, i64 0, i64 0
  %68 = load float, float* %13, align 4
  store float %68, float* %67, align 4
  %69 = getelementptr inbounds float, float* %67, i64 1
  %70 = load float, float* %14, align 4
  store float %70, float* %69, align 4
  %71 = getelementptr inbounds float, float* %69, i64 1
  %72 = getelementptr inbounds float, float* %67, i64 3
  br label %73

73:                                               ; preds = %73, %52
  %74 = phi float* [ %71, %52 ], [ %75, %73 ]
  store float 0.000000e+00, float* %74, align 4
  %75 = getelementptr inbounds float, float* %74, i64 1
  %76 = icmp eq float* %75, %72
  br i1 %76, label %77, label %73

77:                                               ; preds = %73
  %78 = load float, float* %13, align 4
  %79 = load float, float* %14, align 4
  %80 = fadd float %78, %79
  %81 = getelementptr inbounds [3 x float], [3 x float]* %15, i64 0, i64 1
  %82 = load float, float* %81, align 4
  %83 = fadd float %80, %82
  %84 = load float, float* getelementptr inbounds ([2 x float], [2 x float]* @z, i64 0, i64 0), align 4
  %85 = fadd float %83, %84
  %86 = load float, float* @y, align 4
  %87 = fadd float %85, %86
  %88 = load float, float* @w, align 4
  %89 = fadd float %87, %88
  store float %89, float* %16, align 4
  store i32 1, i32* @a, align 4
  store i32 1, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @c, i64 0, i64 0), align 4
  store i32 2, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @c, i64 0, i64 1), align 4
  store i32 3, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @c, i64 0, i64 2), align 4
  store float 4.000000e+00, float* @x, align 4
  %90 = load i32, i32* @a, align 4
  %91 = load i32, i32* @b, align 4
  %92 = add nsw i32 %90, %91
  %93 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @c, i64 0, i64 0), align 4
  %94 = add nsw i32 %92, %93
  %95 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @c, i64 0, i64 1), align 4
  %96 = add nsw i32 %94, %95
  %97 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @c, i64 0, i64 2), align 4
  %98 = add nsw i32 %96, %97
  %99 = load i32, i32* getelementptr inbounds ([2 x i32], [2 x i32]* @d, i64 0, i64 0), align 4
  %100 = add nsw i32 %98, %99
  %101 = load i32, i32* getelementptr inbounds ([2 x i32], [2 x i32]* @d, i64 0, i64 1), align 4
  %102 = add nsw i32 %100, %101
  %103 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @e, i64 0, i64 0, i64 0), align 16
  %104 = add nsw i32 %102, %103
  %105 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @e, i64 0, i64 0, i64 1), align 4
  %106 = add nsw i32 %104, %105
  %107 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @e, i64 0, i64 1, i64 0), align 8
  %108 = add nsw i32 %106, %107
  %109 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @e, i64 0, i64 1, i64 1), align 4
  %110 = add nsw i32 %108, %109
  %111 = load i32, i32* @f, align 4
  %112 = add nsw i32 %110, %111
  store i32 %112, i32* %17, align 4
  %113 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @KA, i64 0, i64 0), align 4
  %114 = add nsw i32 9, %113
  %115 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @KA, i64 0, i64 1), align 4
  %116 = add nsw i32 %114, %115
  %117 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @KA, i64 0, i64 2), align 4
  %118 = add nsw i32 %116, %117
  %119 = add nsw i32 %118, 10
  %120 = add nsw i32 %119, 20
  %121 = getelementptr inbounds [2 x i32], [2 x i32]* %12, i64 0, i64 0
  %122 = load i32, i32* %121, align 4
  %123 = add nsw i32 %120, %122
  %124 = getelementptr inbounds [2 x i32], [2 x i32]* %12, i64 0, i64 1
  %125 = load i32, i32* %124, align 4
  %126 = add nsw i32 %123, %125
  store i32 %126, i32* %18, align 4
  %127 = load i32, i32* %2, align 4
  %128 = load i32, i32* %3, align 4
  %129 = add nsw i32 %127, %128
  %130 = load i32, i32* %4, align 4
  %131 = add nsw i32 %129, %130
  %132 = getelementptr inbounds [4 x i32], [4 x i32]* %5, i64 0, i64 0
  %133 = load i32, i32* %132, align 16
  %134 = add nsw i32 %131, %133
  %135 = getelementptr inbounds [4 x i32], [4 x i32]* %5, i64 0, i64 1
  %136 = load i32, i32* %135, align 4
  %137 = add nsw i32 %134, %136
  %138 = getelementptr inbounds [4 x i32], [4 x i32]* %5, i64 0, i64 2
  %139 = load i32, i32* %138, align 8
  %140 = add nsw i32 %137, %139
  %141 = getelementptr inbounds [4 x i32], [4 x i32]* %5, i64 0, i64 3
  %142 = load i32, i32* %141, align 4
  %143 = add nsw i32 %140, %142
  %144 = load i32, i32* %6, align 4
  %145 = add nsw i32 %143, %144
  %146 = load i32, i32* %8, align 4
  %147 = add nsw i32 %145, %146
  %148 = load i32, i32* %9, align 4
  %149 = add nsw i32 %147, %148
  store i32 %149, i32* %19, align 4
  %150 = load i32, i32* %17, align 4
  call void @putint(i32 noundef %150)
  call void @putch(i32 noundef 32)
  %151 = load i32, i32* %18, align 4
  call void @putint(i32 noundef %151)
  call void @putch(i32 noundef 32)
  %152 = load i32, i32* %19, align 4
  call void @putint(i32 noundef %152)
  call void @putch(i32 noundef 10)
  %153 = load float, float* %16, align 4
  %154 = load float, float* @x, align 4
  %155 = fadd float %153, %154
  call void @putfloat(float noundef %155)
  call void @putch(i32 noundef 32)
  call void @putfloat(float noundef 0x400921FB40000000)
  call void @putch(i32 noundef 10)
  store i32 100, i32* %20, align 4
  %156 = bitcast [2 x i32]* %21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %156, i8* align 4 bitcast ([2 x i32]* @__const.main.b to i8*), i64 8, i1 false)
  store i32 50, i32* %22, align 4
  %157 = load i32, i32* %20, align 4
  %158 = getelementptr inbounds [2 x i32], [2 x i32]* %21, i64 0, i64 1
  %159 = load i32, i32* %158, align 4
  %160 = add nsw i32 %157, %159
  %161 = load i32, i32* %22, align 4
  %162 = add nsw i32 %160, %161
  call void @putint(i32 noundef %162)
  call void @putch(i32 noundef 10)
  store i32 1, i32* %23, align 4
  store i32 2, i32* %24, align 4
  store i32 3, i32* %25, align 4
  store i32 4, i32* %26, align 4
  store i32 5, i32* %27, align 4
  store i32 6, i32* %28, align 4
  store i32 7, i32* %29, align 4
  store i32 8, i32* %30, align 4
  store i32 9, i32* %31, align 4
  store i32 10, i32* %32, align 4
  store i32 11, i32* %33, align 4
  store i32 12, i32* %34, align 4
  %163 = load i32, i32* %23, align 4
  %164 = load i32, i32* %24, align 4
  %165 = add nsw i32 %163, %164
  %166 = load i32, i32* %25, align 4
  %167 = add nsw i32 %165, %166
  %168 = load i32, i32* %26, align 4
  %169 = add nsw i32 %167, %168
  %170 = load i32, i32* %27, align 4
  %171 = add nsw i32 %169, %170
  %172 = load i32, i32* %28, align 4
  %173 = add nsw i32 %171, %172
  %174 = load i32, i32* %29, align 4
  %175 = add nsw i32 %173, %174
  %176 = load i32, i32* %30, align 4
  %177 = add nsw i32 %175, %176
  %178 = load i32, i32* %31, align 4
  %179 = add nsw i32 %177, %178
  %180 = load i32, i32* %32, align 4
  %181 = add nsw i32 %179, %180
  %182 = load i32, i32* %33, align 4
  %183 = add nsw i32 %181, %182
  %184 = load i32, i32* %34, align 4
  %185 = add nsw i32 %183, %184
  call void @putint(i32 noundef %185)
  call void @putch(i32 noundef 10)
  %186 = load i32, i32* %17, align 4
  %187 = load i32, i32* %18, align 4
  %188 = add nsw i32 %186, %187
  %189 = load i32, i32* %19, align 4
  %190 = add nsw i32 %188, %189
  ret i32 %190
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

declare void @putint(i32 noundef) #2

declare void @putch(i32 noundef) #2

declare void @putfloat(float noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
