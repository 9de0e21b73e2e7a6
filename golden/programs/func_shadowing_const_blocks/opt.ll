; ModuleID = 'func_shadowing_const_blocks.sy'
source_filename = "func_shadowing_const_blocks.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local local_unnamed_addr constant i32 4, align 4
@value = dso_local local_unnamed_addr global i32 100, align 4
@sizes = dso_local global [4 x i32] [i32 4, i32 8, i32 12, i32 0], align 16
@__const.main.outer = private unnamed_addr constant [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @scale(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = shl i32 %0, 2
  %4 = mul i32 %3, %1
  %5 = add i32 %0, 4
  %6 = add i32 %5, %4
  ret i32 %6
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = alloca [4 x i32], align 16
  %2 = alloca [10 x i32], align 16
  %3 = bitcast [4 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %3) #6
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(16) %3, i8* noundef nonnull align 16 dereferenceable(16) bitcast ([4 x i32]* @__const.main.outer to i8*), i64 16, i1 false)
  tail call void @putint(i32 noundef 2) #6
  tail call void @putch(i32 noundef 32) #6
  tail call void @putint(i32 noundef 30) #6
  tail call void @putch(i32 noundef 32) #6
  tail call void @putint(i32 noundef 21) #6
  tail call void @putch(i32 noundef 32) #6
  %4 = bitcast [10 x i32]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 40, i8* nonnull %4) #6
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(40) %4, i8 0, i64 40, i1 false)
  %5 = getelementptr inbounds [10 x i32], [10 x i32]* %2, i64 0, i64 9
  store i32 10, i32* %5, align 4, !tbaa !5
  %6 = getelementptr inbounds [10 x i32], [10 x i32]* %2, i64 0, i64 0
  call void @putarray(i32 noundef 10, i32* noundef nonnull %6) #6
  call void @llvm.lifetime.end.p0i8(i64 40, i8* nonnull %4) #6
  call void @putint(i32 noundef 4) #6
  call void @putch(i32 noundef 32) #6
  %7 = load i32, i32* @value, align 4, !tbaa !5
  call void @putint(i32 noundef %7) #6
  call void @putch(i32 noundef 10) #6
  %8 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 0
  call void @putarray(i32 noundef 4, i32* noundef nonnull %8) #6
  call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @sizes, i64 0, i64 0)) #6
  store i32 5, i32* %8, align 16, !tbaa !5
  %9 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 1
  store i32 14, i32* %9, align 4, !tbaa !5
  %10 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 2
  store i32 31, i32* %10, align 8, !tbaa !5
  %11 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 3
  store i32 56, i32* %11, align 4, !tbaa !5
  call void @putarray(i32 noundef 4, i32* noundef nonnull %8) #6
  %12 = load i32, i32* @value, align 4, !tbaa !5
  %13 = add nsw i32 %12, 167
  store i32 %13, i32* @value, align 4, !tbaa !5
  call void @putint(i32 noundef %13) #6
  call void @putch(i32 noundef 10) #6
  %14 = load i32, i32* @value, align 4, !tbaa !5
  %15 = srem i32 %14, 256
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %3) #6
  ret i32 %15
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

declare void @putint(i32 noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #5

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly mustprogress nofree nounwind willreturn }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #6 = { nounwind }

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
