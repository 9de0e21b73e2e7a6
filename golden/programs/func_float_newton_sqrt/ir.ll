; ModuleID = 'func_float_newton_sqrt.sy'
source_filename = "func_float_newton_sqrt.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.values = private unnamed_addr constant [6 x float] [float 2.000000e+00, float 9.000000e+00, float 2.500000e-01, float 1.000000e+04, float 3.000000e+00, float 0x405EDD2F20000000], align 16
@.str = private unnamed_addr constant [28 x i8] c"total=%a first=%a count=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @fabs_f(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  store float %0, float* %3, align 4
  %4 = load float, float* %3, align 4
  %5 = fcmp olt float %4, 0.000000e+00
  br i1 %5, label %6, label %9

6:                                                ; preds = %1
  %7 = load float, float* %3, align 4
  %8 = fneg float %7
  store float %8, float* %2, align 4
  br label %11

9:                                                ; preds = %1
  %10 = load float, float* %3, align 4
  store float %10, float* %2, align 4
  br label %11

11:                                               ; preds = %9, %6
  %12 = load float, float* %2, align 4
  ret float %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @newton_sqrt(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  store float %0, float* %3, align 4
  %7 = load float, float* %3, align 4
  %8 = fpext float %7 to double
  %9 = fcmp oeq double %8, 0.000000e+00
  br i1 %9, label %10, label %11

10:                                               ; preds = %1
  store float 0.000000e+00, float* %2, align 4
  br label %45

11:                                               ; preds = %1
  %12 = load float, float* %3, align 4
  store float %12, float* %4, align 4
  %13 = load float, float* %4, align 4
  %14 = fpext float %13 to double
  %15 = fcmp olt double %14, 1.000000e+00
  br i1 %15, label %16, label %17

16:                                               ; preds = %11
  store float 1.000000e+00, float* %4, align 4
  br label %17

17:                                               ; preds = %16, %11
  store i32 0, i32* %5, align 4
  br label %18

18:                                               ; preds = %39, %17
  %19 = load i32, i32* %5, align 4
  %20 = icmp slt i32 %19, 40
  br i1 %20, label %21, label %43

21:                                               ; preds = %18
  %22 = load float, float* %4, align 4
  %23 = load float, float* %3, align 4
  %24 = load float, float* %4, align 4
  %25 = fdiv float %23, %24
  %26 = fadd float %22, %25
  %27 = fdiv float %26, 2.000000e+00
  store float %27, float* %6, align 4
  %28 = load float, float* %6, align 4
  %29 = load float, float* %4, align 4
  %30 = fsub float %28, %29
  %31 = call float @fabs_f(float noundef %30)
  %32 = fpext float %31 to double
  %33 = load float, float* %4, align 4
  %34 = fpext float %33 to double
  %35 = fmul double 0x3EB0C6F7A0B5ED8D, %34
  %36 = fcmp olt double %32, %35
  br i1 %36, label %37, label %39

37:                                               ; preds = %21
  %38 = load float, float* %6, align 4
  store float %38, float* %4, align 4
  br label %43

39:                                               ; preds = %21
  %40 = load float, float* %6, align 4
  store float %40, float* %4, align 4
  %41 = load i32, i32* %5, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, i32* %5, align 4
  br label %18, !llvm.loop !6

43:                                               ; preds = %37, %18
  %44 = load float, float* %4, align 4
  store float %44, float* %2, align 4
  br label %45

45:                                               ; preds = %43, %10
  %46 = load float, float* %2, align 4
  ret float %46
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x float], align 16
  %3 = alloca i32, align 4
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %7 = bitcast [6 x float]* %2 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %7, i8* align 16 bitcast ([6 x float]* @__const.main.values to i8*), i64 24, i1 false)
  store i32 0, i32* %3, align 4
  store float 0.000000e+00, float* %4, align 4
  br label %8

8:                                                ; preds = %11, %0
  %9 = load i32, i32* %3, align 4
  %10 = icmp slt i32 %9, 6
  br i1 %10, label %11, label %27

11:                                               ; preds = %8
  %12 = load i32, i32* %3, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [6 x float], [6 x float]* %2, i64 0, i64 %13
  %15 = load float, float* %14, align 4
  %16 = call float @newton_sqrt(float noundef %15)
  store float %16, float* %5, align 4
  %17 = load i32, i32* %3, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [6 x float], [6 x float]* %2, i64 0, i64 %18
  %20 = load float, float* %19, align 4
  call void @putfloat(float noundef %20)
  call void @putch(i32 noundef 32)
  %21 = load float, float* %5, align 4
  call void @putfloat(float noundef %21)
  call void @putch(i32 noundef 10)
  %22 = load float, float* %4, align 4
  %23 = load float, float* %5, align 4
  %24 = fadd float %22, %23
  store float %24, float* %4, align 4
  %25 = load i32, i32* %3, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, i32* %3, align 4
  br label %8, !llvm.loop !8

27:                                               ; preds = %8
  %28 = load float, float* %4, align 4
  call void @putfloat(float noundef %28)
  call void @putch(i32 noundef 10)
  %29 = load float, float* %4, align 4
  %30 = fpext float %29 to double
  %31 = getelementptr inbounds [6 x float], [6 x float]* %2, i64 0, i64 0
  %32 = load float, float* %31, align 16
  %33 = fpext float %32 to double
  %34 = load i32, i32* %3, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([28 x i8], [28 x i8]* @.str, i64 0, i64 0), double noundef %30, double noundef %33, i32 noundef %34)
  %35 = load float, float* %4, align 4
  %36 = fptosi float %35 to i32
  store i32 %36, i32* %6, align 4
  %37 = load i32, i32* %6, align 4
  ret i32 %37
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

declare void @putfloat(float noundef) #2

declare void @putch(i32 noundef) #2

declare void @putf(i8* noundef, ...) #2

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
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
