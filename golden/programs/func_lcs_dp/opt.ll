; ModuleID = 'func_lcs_dp.sy'
source_filename = "func_lcs_dp.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dp = dso_local local_unnamed_addr global [41 x [41 x i32]] zeroinitializer, align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @max(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, %1
  %4 = select i1 %3, i32 %0, i32 %1
  ret i32 %4
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = alloca [40 x i32], align 16
  %2 = alloca [40 x i32], align 16
  %3 = alloca [40 x i32], align 16
  %4 = bitcast [40 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %4) #5
  %5 = bitcast [40 x i32]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %5) #5
  %6 = getelementptr inbounds [40 x i32], [40 x i32]* %1, i64 0, i64 0
  %7 = call i32 @getarray(i32* noundef nonnull %6) #5
  %8 = getelementptr inbounds [40 x i32], [40 x i32]* %2, i64 0, i64 0
  %9 = call i32 @getarray(i32* noundef nonnull %8) #5
  %10 = icmp slt i32 %7, 0
  br i1 %10, label %29, label %11

11:                                               ; preds = %0
  %12 = add nuw i32 %7, 1
  %13 = zext i32 %12 to i64
  %14 = add nsw i64 %13, -1
  %15 = and i64 %13, 3
  %16 = icmp ult i64 %14, 3
  br i1 %16, label %19, label %17

17:                                               ; preds = %11
  %18 = and i64 %13, 4294967292
  br label %35

19:                                               ; preds = %35, %11
  %20 = phi i64 [ 0, %11 ], [ %45, %35 ]
  %21 = icmp eq i64 %15, 0
  br i1 %21, label %29, label %22

22:                                               ; preds = %19, %22
  %23 = phi i64 [ %26, %22 ], [ %20, %19 ]
  %24 = phi i64 [ %27, %22 ], [ 0, %19 ]
  %25 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %23, i64 0
  store i32 0, i32* %25, align 4, !tbaa !5
  %26 = add nuw nsw i64 %23, 1
  %27 = add i64 %24, 1
  %28 = icmp eq i64 %27, %15
  br i1 %28, label %29, label %22, !llvm.loop !9

29:                                               ; preds = %19, %22, %0
  %30 = icmp slt i32 %9, 0
  br i1 %30, label %48, label %31

31:                                               ; preds = %29
  %32 = zext i32 %9 to i64
  %33 = shl nuw nsw i64 %32, 2
  %34 = add nuw nsw i64 %33, 4
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(1) bitcast ([41 x [41 x i32]]* @dp to i8*), i8 0, i64 %34, i1 false), !tbaa !5
  br label %48

35:                                               ; preds = %35, %17
  %36 = phi i64 [ 0, %17 ], [ %45, %35 ]
  %37 = phi i64 [ 0, %17 ], [ %46, %35 ]
  %38 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %36, i64 0
  store i32 0, i32* %38, align 16, !tbaa !5
  %39 = or i64 %36, 1
  %40 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %39, i64 0
  store i32 0, i32* %40, align 4, !tbaa !5
  %41 = or i64 %36, 2
  %42 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %41, i64 0
  store i32 0, i32* %42, align 8, !tbaa !5
  %43 = or i64 %36, 3
  %44 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %43, i64 0
  store i32 0, i32* %44, align 4, !tbaa !5
  %45 = add nuw nsw i64 %36, 4
  %46 = add i64 %37, 4
  %47 = icmp eq i64 %46, %18
  br i1 %47, label %19, label %35, !llvm.loop !11

48:                                               ; preds = %31, %29
  %49 = icmp slt i32 %7, 1
  br i1 %49, label %87, label %50

50:                                               ; preds = %48
  %51 = icmp slt i32 %9, 1
  %52 = add nuw i32 %9, 1
  %53 = add nuw i32 %7, 1
  %54 = zext i32 %53 to i64
  %55 = zext i32 %52 to i64
  br label %56

56:                                               ; preds = %50, %84
  %57 = phi i64 [ 1, %50 ], [ %85, %84 ]
  br i1 %51, label %84, label %58

58:                                               ; preds = %56
  %59 = add nsw i64 %57, -1
  %60 = getelementptr inbounds [40 x i32], [40 x i32]* %1, i64 0, i64 %59
  %61 = load i32, i32* %60, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %58, %79
  %63 = phi i64 [ 1, %58 ], [ %82, %79 ]
  %64 = add nsw i64 %63, -1
  %65 = getelementptr inbounds [40 x i32], [40 x i32]* %2, i64 0, i64 %64
  %66 = load i32, i32* %65, align 4, !tbaa !5
  %67 = icmp eq i32 %61, %66
  br i1 %67, label %68, label %72

68:                                               ; preds = %62
  %69 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %59, i64 %64
  %70 = load i32, i32* %69, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  br label %79

72:                                               ; preds = %62
  %73 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %59, i64 %63
  %74 = load i32, i32* %73, align 4, !tbaa !5
  %75 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %57, i64 %64
  %76 = load i32, i32* %75, align 4, !tbaa !5
  %77 = icmp sgt i32 %74, %76
  %78 = select i1 %77, i32 %74, i32 %76
  br label %79

79:                                               ; preds = %72, %68
  %80 = phi i32 [ %71, %68 ], [ %78, %72 ]
  %81 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %57, i64 %63
  store i32 %80, i32* %81, align 4
  %82 = add nuw nsw i64 %63, 1
  %83 = icmp eq i64 %82, %55
  br i1 %83, label %84, label %62, !llvm.loop !13

84:                                               ; preds = %79, %56
  %85 = add nuw nsw i64 %57, 1
  %86 = icmp eq i64 %85, %54
  br i1 %86, label %87, label %56, !llvm.loop !14

87:                                               ; preds = %84, %48
  %88 = sext i32 %7 to i64
  %89 = sext i32 %9 to i64
  %90 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %88, i64 %89
  %91 = load i32, i32* %90, align 4, !tbaa !5
  %92 = bitcast [40 x i32]* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %92) #5
  %93 = icmp sgt i32 %7, 0
  %94 = icmp sgt i32 %9, 0
  %95 = select i1 %93, i1 %94, i1 false
  br i1 %95, label %96, label %130

96:                                               ; preds = %87, %123
  %97 = phi i32 [ %126, %123 ], [ %91, %87 ]
  %98 = phi i32 [ %125, %123 ], [ %7, %87 ]
  %99 = phi i32 [ %124, %123 ], [ %9, %87 ]
  %100 = add nsw i32 %98, -1
  %101 = zext i32 %100 to i64
  %102 = getelementptr inbounds [40 x i32], [40 x i32]* %1, i64 0, i64 %101
  %103 = load i32, i32* %102, align 4, !tbaa !5
  %104 = add nsw i32 %99, -1
  %105 = zext i32 %104 to i64
  %106 = getelementptr inbounds [40 x i32], [40 x i32]* %2, i64 0, i64 %105
  %107 = load i32, i32* %106, align 4, !tbaa !5
  %108 = icmp eq i32 %103, %107
  br i1 %108, label %109, label %113

109:                                              ; preds = %96
  %110 = add nsw i32 %97, -1
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [40 x i32], [40 x i32]* %3, i64 0, i64 %111
  store i32 %103, i32* %112, align 4, !tbaa !5
  br label %123

113:                                              ; preds = %96
  %114 = zext i32 %99 to i64
  %115 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %101, i64 %114
  %116 = load i32, i32* %115, align 4, !tbaa !5
  %117 = zext i32 %98 to i64
  %118 = getelementptr inbounds [41 x [41 x i32]], [41 x [41 x i32]]* @dp, i64 0, i64 %117, i64 %105
  %119 = load i32, i32* %118, align 4, !tbaa !5
  %120 = icmp slt i32 %116, %119
  %121 = select i1 %120, i32 %104, i32 %99
  %122 = select i1 %120, i32 %98, i32 %100
  br label %123

123:                                              ; preds = %113, %109
  %124 = phi i32 [ %104, %109 ], [ %121, %113 ]
  %125 = phi i32 [ %100, %109 ], [ %122, %113 ]
  %126 = phi i32 [ %110, %109 ], [ %97, %113 ]
  %127 = icmp sgt i32 %125, 0
  %128 = icmp sgt i32 %124, 0
  %129 = select i1 %127, i1 %128, i1 false
  br i1 %129, label %96, label %130, !llvm.loop !15

130:                                              ; preds = %123, %87
  %131 = getelementptr inbounds [40 x i32], [40 x i32]* %3, i64 0, i64 0
  call void @putarray(i32 noundef %91, i32* noundef nonnull %131) #5
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %92) #5
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %5) #5
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %4) #5
  ret i32 %91
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

declare i32 @getarray(i32* noundef) local_unnamed_addr #3

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { argmemonly nofree nounwind willreturn writeonly }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12}
