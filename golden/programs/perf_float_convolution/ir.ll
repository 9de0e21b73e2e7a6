; ModuleID = 'perf_float_convolution.sy'
source_filename = "perf_float_convolution.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@kernel = dso_local global [31 x float] zeroinitializer, align 16
@signal = dso_local global [20000 x float] zeroinitializer, align 16
@out = dso_local global [20000 x float] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = alloca float, align 4
  %13 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %14 = call i32 @getint()
  store i32 %14, i32* %2, align 4
  %15 = call i32 @getint()
  store i32 %15, i32* %3, align 4
  store i32 31, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %16

16:                                               ; preds = %28, %0
  %17 = load i32, i32* %5, align 4
  %18 = load i32, i32* %4, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %43

20:                                               ; preds = %16
  %21 = load i32, i32* %5, align 4
  %22 = sub nsw i32 %21, 15
  store i32 %22, i32* %7, align 4
  %23 = load i32, i32* %7, align 4
  %24 = icmp slt i32 %23, 0
  br i1 %24, label %25, label %28

25:                                               ; preds = %20
  %26 = load i32, i32* %7, align 4
  %27 = sub nsw i32 0, %26
  store i32 %27, i32* %7, align 4
  br label %28

28:                                               ; preds = %25, %20
  %29 = load i32, i32* %7, align 4
  %30 = sub nsw i32 16, %29
  %31 = sitofp i32 %30 to float
  %32 = load i32, i32* %5, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %33
  store float %31, float* %34, align 4
  %35 = load float, float* %6, align 4
  %36 = load i32, i32* %5, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fadd float %35, %39
  store float %40, float* %6, align 4
  %41 = load i32, i32* %5, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, i32* %5, align 4
  br label %16, !llvm.loop !6

43:                                               ; preds = %16
  store i32 0, i32* %5, align 4
  br label %44

44:                                               ; preds = %48, %43
  %45 = load i32, i32* %5, align 4
  %46 = load i32, i32* %4, align 4
  %47 = icmp slt i32 %45, %46
  br i1 %47, label %48, label %60

48:                                               ; preds = %44
  %49 = load i32, i32* %5, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %50
  %52 = load float, float* %51, align 4
  %53 = load float, float* %6, align 4
  %54 = fdiv float %52, %53
  %55 = load i32, i32* %5, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %56
  store float %54, float* %57, align 4
  %58 = load i32, i32* %5, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, i32* %5, align 4
  br label %44, !llvm.loop !8

60:                                               ; preds = %44
  store i32 0, i32* %5, align 4
  store i32 7, i32* %8, align 4
  br label %61

61:                                               ; preds = %65, %60
  %62 = load i32, i32* %5, align 4
  %63 = load i32, i32* %2, align 4
  %64 = icmp slt i32 %62, %63
  br i1 %64, label %65, label %81

65:                                               ; preds = %61
  %66 = load i32, i32* %8, align 4
  %67 = mul nsw i32 %66, 75
  %68 = add nsw i32 %67, 74
  %69 = srem i32 %68, 65537
  store i32 %69, i32* %8, align 4
  %70 = load i32, i32* %8, align 4
  %71 = srem i32 %70, 2000
  %72 = sub nsw i32 %71, 1000
  %73 = sitofp i32 %72 to double
  %74 = fdiv double %73, 1.000000e+02
  %75 = fptrunc double %74 to float
  %76 = load i32, i32* %5, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %77
  store float %75, float* %78, align 4
  %79 = load i32, i32* %5, align 4
  %80 = add nsw i32 %79, 1
  store i32 %80, i32* %5, align 4
  br label %61, !llvm.loop !9

81:                                               ; preds = %61
  call void @starttime()
  store i32 0, i32* %9, align 4
  br label %82

82:                                               ; preds = %137, %81
  %83 = load i32, i32* %9, align 4
  %84 = load i32, i32* %3, align 4
  %85 = icmp slt i32 %83, %84
  br i1 %85, label %86, label %140

86:                                               ; preds = %82
  store i32 15, i32* %5, align 4
  br label %87

87:                                               ; preds = %114, %86
  %88 = load i32, i32* %5, align 4
  %89 = load i32, i32* %2, align 4
  %90 = sub nsw i32 %89, 15
  %91 = icmp slt i32 %88, %90
  br i1 %91, label %92, label %121

92:                                               ; preds = %87
  store float 0.000000e+00, float* %10, align 4
  store i32 0, i32* %11, align 4
  br label %93

93:                                               ; preds = %97, %92
  %94 = load i32, i32* %11, align 4
  %95 = load i32, i32* %4, align 4
  %96 = icmp slt i32 %94, %95
  br i1 %96, label %97, label %114

97:                                               ; preds = %93
  %98 = load float, float* %10, align 4
  %99 = load i32, i32* %5, align 4
  %100 = load i32, i32* %11, align 4
  %101 = add nsw i32 %99, %100
  %102 = sub nsw i32 %101, 15
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %103
  %105 = load float, float* %104, align 4
  %106 = load i32, i32* %11, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %107
  %109 = load float, float* %108, align 4
  %110 = fmul float %105, %109
  %111 = fadd float %98, %110
  store float %111, float* %10, align 4
  %112 = load i32, i32* %11, align 4
  %113 = add nsw i32 %112, 1
  store i32 %113, i32* %11, align 4
  br label %93, !llvm.loop !10

114:                                              ; preds = %93
  %115 = load float, float* %10, align 4
  %116 = load i32, i32* %5, align 4
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [20000 x float], [20000 x float]* @out, i64 0, i64 %117
  store float %115, float* %118, align 4
  %119 = load i32, i32* %5, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, i32* %5, align 4
  br label %87, !llvm.loop !11

121:                                              ; preds = %87
  store i32 15, i32* %5, align 4
  br label %122

122:                                              ; preds = %127, %121
  %123 = load i32, i32* %5, align 4
  %124 = load i32, i32* %2, align 4
  %125 = sub nsw i32 %124, 15
  %126 = icmp slt i32 %123, %125
  br i1 %126, label %127, label %137

127:                                              ; preds = %122
  %128 = load i32, i32* %5, align 4
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds [20000 x float], [20000 x float]* @out, i64 0, i64 %129
  %131 = load float, float* %130, align 4
  %132 = load i32, i32* %5, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %133
  store float %131, float* %134, align 4
  %135 = load i32, i32* %5, align 4
  %136 = add nsw i32 %135, 1
  store i32 %136, i32* %5, align 4
  br label %122, !llvm.loop !12

137:                                              ; preds = %122
  %138 = load i32, i32* %9, align 4
  %139 = add nsw i32 %138, 1
  store i32 %139, i32* %9, align 4
  br label %82, !llvm.loop !13

140:                                              ; preds = %82
  call void @stoptime()
  store float 0.000000e+00, float* %12, align 4
  store i32 0, i32* %5, align 4
  br label %141

141:                                              ; preds = %145, %140
  %142 = load i32, i32* %5, align 4
  %143 = load i32, i32* %2, align 4
  %144 = icmp slt i32 %142, %143
  br i1 %144, label %145, label %154

145:                                              ; preds = %141
  %146 = load float, float* %12, align 4
  %147 = load i32, i32* %5, align 4
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %148
  %150 = load float, float* %149, align 4
  %151 = fadd float %146, %150
  store float %151, float* %12, align 4
  %152 = load i32, i32* %5, align 4
  %153 = add nsw i32 %152, 1
  store i32 %153, i32* %5, align 4
  br label %141, !llvm.loop !14

154:                                              ; preds = %141
  %155 = load float, float* %12, align 4
  call void @putfloat(float noundef %155)
  call void @putch(i32 noundef 10)
  %156 = load i32, i32* %2, align 4
  %157 = sdiv i32 %156, 2
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %158
  %160 = load float, float* %159, align 4
  call void @putfloat(float noundef %160)
  call void @putch(i32 noundef 10)
  call void @putfarray(i32 noundef 5, float* noundef getelementptr inbounds ([20000 x float], [20000 x float]* @out, i64 0, i64 0))
  %161 = load float, float* %12, align 4
  %162 = fptosi float %161 to i32
  store i32 %162, i32* %13, align 4
  %163 = load i32, i32* %13, align 4
  %164 = srem i32 %163, 256
  ret i32 %164
}

declare i32 @getint() #1

declare void @starttime() #1

declare void @stoptime() #1

declare void @putfloat(float noundef) #1

declare void @putch(i32 noundef) #1

declare void @putfarray(i32 noundef, float* noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
