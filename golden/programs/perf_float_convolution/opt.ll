; ModuleID = 'perf_float_convolution.sy'
source_filename = "perf_float_convolution.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@kernel = dso_local local_unnamed_addr global [31 x float] zeroinitializer, align 16
@signal = dso_local local_unnamed_addr global [20000 x float] zeroinitializer, align 16
@out = dso_local global [20000 x float] zeroinitializer, align 16

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getint() #3
  %2 = tail call i32 @getint() #3
  br label %3

3:                                                ; preds = %18, %0
  %4 = phi i64 [ 0, %0 ], [ %29, %18 ]
  %5 = phi float [ 0.000000e+00, %0 ], [ %28, %18 ]
  %6 = trunc i64 %4 to i32
  %7 = add nsw i32 %6, -15
  %8 = icmp ult i64 %4, 15
  %9 = trunc i64 %4 to i32
  %10 = sub nsw i32 15, %9
  %11 = select i1 %8, i32 %10, i32 %7
  %12 = sub nsw i32 16, %11
  %13 = sitofp i32 %12 to float
  %14 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %4
  store float %13, float* %14, align 8, !tbaa !5
  %15 = fadd float %5, %13
  %16 = or i64 %4, 1
  %17 = icmp eq i64 %16, 31
  br i1 %17, label %34, label %18, !llvm.loop !9

18:                                               ; preds = %3
  %19 = trunc i64 %16 to i32
  %20 = add nsw i32 %19, -15
  %21 = icmp ult i64 %4, 14
  %22 = trunc i64 %16 to i32
  %23 = sub nsw i32 15, %22
  %24 = select i1 %21, i32 %23, i32 %20
  %25 = sub nsw i32 16, %24
  %26 = sitofp i32 %25 to float
  %27 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %16
  store float %26, float* %27, align 4, !tbaa !5
  %28 = fadd float %15, %26
  %29 = add nuw nsw i64 %4, 2
  br label %3

30:                                               ; preds = %34
  %31 = icmp sgt i32 %1, 0
  br i1 %31, label %32, label %60

32:                                               ; preds = %30
  %33 = zext i32 %1 to i64
  br label %46

34:                                               ; preds = %3, %41
  %35 = phi i64 [ %45, %41 ], [ 0, %3 ]
  %36 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %35
  %37 = load float, float* %36, align 8, !tbaa !5
  %38 = fdiv float %37, %15
  store float %38, float* %36, align 8, !tbaa !5
  %39 = or i64 %35, 1
  %40 = icmp eq i64 %39, 31
  br i1 %40, label %30, label %41, !llvm.loop !11

41:                                               ; preds = %34
  %42 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %39
  %43 = load float, float* %42, align 4, !tbaa !5
  %44 = fdiv float %43, %15
  store float %44, float* %42, align 4, !tbaa !5
  %45 = add nuw nsw i64 %35, 2
  br label %34

46:                                               ; preds = %32, %46
  %47 = phi i64 [ 0, %32 ], [ %58, %46 ]
  %48 = phi i32 [ 7, %32 ], [ %51, %46 ]
  %49 = mul nsw i32 %48, 75
  %50 = add nsw i32 %49, 74
  %51 = srem i32 %50, 65537
  %52 = srem i32 %51, 2000
  %53 = add nsw i32 %52, -1000
  %54 = sitofp i32 %53 to double
  %55 = fdiv double %54, 1.000000e+02
  %56 = fptrunc double %55 to float
  %57 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %47
  store float %56, float* %57, align 4, !tbaa !5
  %58 = add nuw nsw i64 %47, 1
  %59 = icmp eq i64 %58, %33
  br i1 %59, label %60, label %46, !llvm.loop !12

60:                                               ; preds = %46, %30
  tail call void @starttime() #3
  %61 = icmp sgt i32 %2, 0
  br i1 %61, label %62, label %108

62:                                               ; preds = %60
  %63 = add i32 %1, -15
  %64 = icmp sgt i32 %1, 30
  %65 = add i32 %1, -30
  %66 = zext i32 %65 to i64
  %67 = shl nuw nsw i64 %66, 2
  %68 = zext i32 %63 to i64
  br label %69

69:                                               ; preds = %62, %105
  %70 = phi i32 [ 0, %62 ], [ %106, %105 ]
  br i1 %64, label %73, label %105

71:                                               ; preds = %101
  br i1 %64, label %72, label %105

72:                                               ; preds = %71
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 bitcast (float* getelementptr inbounds ([20000 x float], [20000 x float]* @signal, i64 0, i64 15) to i8*), i8* align 4 bitcast (float* getelementptr inbounds ([20000 x float], [20000 x float]* @out, i64 0, i64 15) to i8*), i64 %67, i1 false), !tbaa !5
  br label %105

73:                                               ; preds = %69, %101
  %74 = phi i64 [ %103, %101 ], [ 15, %69 ]
  %75 = add nuw i64 %74, 4294967281
  br label %76

76:                                               ; preds = %90, %73
  %77 = phi i64 [ 0, %73 ], [ %100, %90 ]
  %78 = phi float [ 0.000000e+00, %73 ], [ %99, %90 ]
  %79 = add nuw nsw i64 %75, %77
  %80 = shl i64 %79, 32
  %81 = ashr exact i64 %80, 32
  %82 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %81
  %83 = load float, float* %82, align 4, !tbaa !5
  %84 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %77
  %85 = load float, float* %84, align 8, !tbaa !5
  %86 = fmul float %83, %85
  %87 = fadd float %78, %86
  %88 = or i64 %77, 1
  %89 = icmp eq i64 %88, 31
  br i1 %89, label %101, label %90, !llvm.loop !13

90:                                               ; preds = %76
  %91 = add nuw nsw i64 %75, %88
  %92 = shl i64 %91, 32
  %93 = ashr exact i64 %92, 32
  %94 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %93
  %95 = load float, float* %94, align 4, !tbaa !5
  %96 = getelementptr inbounds [31 x float], [31 x float]* @kernel, i64 0, i64 %88
  %97 = load float, float* %96, align 4, !tbaa !5
  %98 = fmul float %95, %97
  %99 = fadd float %87, %98
  %100 = add nuw nsw i64 %77, 2
  br label %76

101:                                              ; preds = %76
  %102 = getelementptr inbounds [20000 x float], [20000 x float]* @out, i64 0, i64 %74
  store float %87, float* %102, align 4, !tbaa !5
  %103 = add nuw nsw i64 %74, 1
  %104 = icmp eq i64 %103, %68
  br i1 %104, label %71, label %73, !llvm.loop !14

105:                                              ; preds = %69, %72, %71
  %106 = add nuw nsw i32 %70, 1
  %107 = icmp eq i32 %106, %2
  br i1 %107, label %108, label %69, !llvm.loop !15

108:                                              ; preds = %105, %60
  tail call void @stoptime() #3
  br i1 %31, label %109, label %153

109:                                              ; preds = %108
  %110 = zext i32 %1 to i64
  %111 = add nsw i64 %110, -1
  %112 = and i64 %110, 3
  %113 = icmp ult i64 %111, 3
  br i1 %113, label %138, label %114

114:                                              ; preds = %109
  %115 = and i64 %110, 4294967292
  br label %116

116:                                              ; preds = %116, %114
  %117 = phi i64 [ 0, %114 ], [ %135, %116 ]
  %118 = phi float [ 0.000000e+00, %114 ], [ %134, %116 ]
  %119 = phi i64 [ 0, %114 ], [ %136, %116 ]
  %120 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %117
  %121 = load float, float* %120, align 16, !tbaa !5
  %122 = fadd float %118, %121
  %123 = or i64 %117, 1
  %124 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %123
  %125 = load float, float* %124, align 4, !tbaa !5
  %126 = fadd float %122, %125
  %127 = or i64 %117, 2
  %128 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %127
  %129 = load float, float* %128, align 8, !tbaa !5
  %130 = fadd float %126, %129
  %131 = or i64 %117, 3
  %132 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %131
  %133 = load float, float* %132, align 4, !tbaa !5
  %134 = fadd float %130, %133
  %135 = add nuw nsw i64 %117, 4
  %136 = add i64 %119, 4
  %137 = icmp eq i64 %136, %115
  br i1 %137, label %138, label %116, !llvm.loop !16

138:                                              ; preds = %116, %109
  %139 = phi float [ undef, %109 ], [ %134, %116 ]
  %140 = phi i64 [ 0, %109 ], [ %135, %116 ]
  %141 = phi float [ 0.000000e+00, %109 ], [ %134, %116 ]
  %142 = icmp eq i64 %112, 0
  br i1 %142, label %153, label %143

143:                                              ; preds = %138, %143
  %144 = phi i64 [ %150, %143 ], [ %140, %138 ]
  %145 = phi float [ %149, %143 ], [ %141, %138 ]
  %146 = phi i64 [ %151, %143 ], [ 0, %138 ]
  %147 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %144
  %148 = load float, float* %147, align 4, !tbaa !5
  %149 = fadd float %145, %148
  %150 = add nuw nsw i64 %144, 1
  %151 = add i64 %146, 1
  %152 = icmp eq i64 %151, %112
  br i1 %152, label %153, label %143, !llvm.loop !17

153:                                              ; preds = %138, %143, %108
  %154 = phi float [ 0.000000e+00, %108 ], [ %139, %138 ], [ %149, %143 ]
  tail call void @putfloat(float noundef %154) #3
  tail call void @putch(i32 noundef 10) #3
  %155 = sdiv i32 %1, 2
  %156 = sext i32 %155 to i64
  %157 = getelementptr inbounds [20000 x float], [20000 x float]* @signal, i64 0, i64 %156
  %158 = load float, float* %157, align 4, !tbaa !5
  tail call void @putfloat(float noundef %158) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putfarray(i32 noundef 5, float* noundef getelementptr inbounds ([20000 x float], [20000 x float]* @out, i64 0, i64 0)) #3
  %159 = fptosi float %154 to i32
  %160 = srem i32 %159, 256
  ret i32 %160
}

declare i32 @getint() local_unnamed_addr #1

declare void @starttime() local_unnamed_addr #1

declare void @stoptime() local_unnamed_addr #1

declare void @putfloat(float noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.unroll.disable"}
